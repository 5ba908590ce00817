import { describe, expect, it } from 'vitest';
import { minimalEdit, type TextEdit } from './textEdit';

function apply(prev: string, e: TextEdit | null): string {
  return e ? prev.slice(0, e.from) + e.insert + prev.slice(e.to) : prev;
}

describe('minimalEdit', () => {
  it('is null for equal texts', () => {
    expect(minimalEdit('kind: Pod', 'kind: Pod')).toBeNull();
  });

  it('replaces only the part that differs', () => {
    const prev = 'ports:\n- containerPort: 9090\n';
    const next = 'ports:\n- containerPort: 8080\n';
    // "ports:\n- containerPort: " is 24 characters and "0\n" closes both texts: of "9090" vs
    // "8080" only the middle "909" (offsets 24..27) has to become "808".
    expect(minimalEdit(prev, next)).toEqual({ from: 24, to: 27, insert: '808' });
  });

  it('handles pure insertions and deletions at both ends', () => {
    expect(minimalEdit('b: 2', 'a: 1\nb: 2')).toEqual({ from: 0, to: 0, insert: 'a: 1\n' });
    expect(minimalEdit('a: 1\nb: 2', 'a: 1')).toEqual({ from: 4, to: 9, insert: '' });
    expect(minimalEdit('', 'x')).toEqual({ from: 0, to: 0, insert: 'x' });
  });

  it('shares no more than the shorter text when one repeats the other', () => {
    const e = minimalEdit('aa', 'aaa');
    expect(e).toEqual({ from: 2, to: 2, insert: 'a' });
    expect(apply('aa', e)).toBe('aaa');
  });

  it('never cuts a CRLF in two', () => {
    // Inserting a line after "a": the common prefix "a\r" would end inside the break.
    const prev = 'a\r\nb';
    const next = 'a\r\nx\r\nb';
    const e = minimalEdit(prev, next);
    expect(e).not.toBeNull();
    const { from, to } = e as TextEdit;
    for (const cut of [from, to]) expect(prev.slice(cut - 1, cut + 1)).not.toBe('\r\n');
    expect(apply(prev, e)).toBe(next);
  });

  it('never starts the common suffix on the LF of a CRLF', () => {
    const prev = 'a\r\n';
    const next = 'a\r\r\n';
    const e = minimalEdit(prev, next) as TextEdit;
    expect(prev.slice(e.to - 1, e.to + 1)).not.toBe('\r\n');
    expect(prev.slice(e.from - 1, e.from + 1)).not.toBe('\r\n');
    expect(apply(prev, e)).toBe(next);
  });

  it('always reproduces the new text', () => {
    const samples = ['', 'a', 'a\r\n', '\r\n\r\n', 'key: v\r\nkey: w\r\n', 'x\ny\n', 'x\ry', 'aaa'];
    for (const prev of samples) {
      for (const next of samples) expect(apply(prev, minimalEdit(prev, next))).toBe(next);
    }
  });
});
