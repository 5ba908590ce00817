import { describe, expect, it } from 'vitest';
import { encodeShare } from '../../src/share/link';
import { encodeCompareShare, openShare } from './links';
import { isShareFragment } from './fragment';

// Line endings, trailing spaces, Chinese text and no final newline: what a link must keep.
const A = 'apiVersion: v1\r\nkind: Pod   \r\n# 内存限制 512Mi\r\nmetadata: {name: web}';
const B = 'apiVersion: v1\nkind: Pod\n# 边车 istio-proxy  \nmetadata: {name: web}\t';

describe('compare share links', () => {
  it('carry both versions and A’s name, byte for byte', () => {
    const fragment = encodeCompareShare(B, { text: A, source: 'before (旧).yaml' });
    expect(fragment.startsWith('v2.')).toBe(true);
    expect(isShareFragment(fragment)).toBe(true);
    expect(openShare(fragment, 'en')).toEqual({
      ok: true,
      text: B,
      a: { text: A, source: 'before (旧).yaml' },
    });
  });

  it('keep an empty name and empty texts', () => {
    const opened = openShare(encodeCompareShare('', { text: '', source: '' }), 'en');
    expect(opened).toEqual({ ok: true, text: '', a: { text: '', source: '' } });
  });

  it('still open plain links, with no version A', () => {
    expect(openShare(encodeShare(B), 'en')).toEqual({ ok: true, text: B, a: null });
  });

  it('say a cut-short compare link is damaged, in the page’s language', () => {
    const fragment = encodeCompareShare(B, { text: A, source: 'a.yaml' });
    const cut = openShare(fragment.slice(0, fragment.length - 8), 'en');
    expect(cut.ok).toBe(false);
    expect(!cut.ok && cut.error).toMatch(/cut short|damaged/);
    const zh = openShare(fragment.slice(0, fragment.length - 8), 'zh-CN');
    expect(!zh.ok && zh.error).toMatch(/截断|损坏/);
  });

  it('refuse a v2 body that is not both versions', () => {
    const notPair = `v2${encodeShare('["only B"]').slice(2)}`;
    expect(openShare(notPair, 'en').ok).toBe(false);
    const notJson = `v2${encodeShare('kind: Pod').slice(2)}`;
    expect(openShare(notJson, 'en')).toMatchObject({ ok: false, error: /damaged/ });
  });

  it('name both known formats for a link from a newer version', () => {
    const opened = openShare('v3.abc', 'en');
    expect(!opened.ok && opened.error).toContain('v3');
    expect(!opened.ok && opened.error).toContain('v1, v2');
  });
});
