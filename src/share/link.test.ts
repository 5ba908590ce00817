import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { corpusFiles, NEEDS_CORPUS } from '../testing/corpus';
import { toBase64Url } from './base64url';
import { decodeShare, encodeShare, MAX_SHARED_BYTES } from './link';
import { decodeUtf8, encodeUtf8 } from './utf8';

const roundTrip = (text: string): string | undefined => {
  const decoded = decodeShare(encodeShare(text));
  return decoded.ok ? decoded.text : undefined;
};

const POD = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata:',
  '  name: pod-demo',
  'spec:',
  '  containers:',
  '  - name: app',
  '    image: nginx:1.27',
  '    ports: [{containerPort: 8080}]',
  '',
].join('\n');

function bigManifest(): string {
  const containers = Array.from(
    { length: 1400 },
    (_, i) =>
      `  - name: c${i}\n    image: registry.example.com/team/image-${i}:1.${i}.0\n    env:\n    - {name: INDEX, value: "${i}"}\n    ports: [{containerPort: ${10000 + i}}]\n`,
  ).join('');
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: big\nspec:\n  containers:\n${containers}`;
}

// Twenty inputs that break naive codecs: line endings, BOMs, comments, scripts, sizes.
const VARIED: [string, string][] = [
  ['plain pod', POD],
  ['CRLF', POD.replace(/\n/g, '\r\n')],
  ['BOM', `\uFEFF${POD}`],
  ['comments', `# 一个 Pod，三个容器\n${POD}  # trailing comment\n`],
  [
    'Chinese values and emoji',
    POD.replace(
      '  name: pod-demo',
      '  name: pod-demo\n  annotations:\n    说明: "共享网络 🚀 命名空间"',
    ),
  ],
  ['JSON', JSON.stringify({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'j' } }, null, 2)],
  ['multi-document', `${POD}---\n${POD}...\n---\n# only a comment\n`],
  ['kind: List', `apiVersion: v1\nkind: List\nitems:\n- ${POD.trimEnd().replace(/\n/g, '\n  ')}\n`],
  ['tabs in scalars', POD.replace('nginx:1.27', '"nginx:1.27\\t"  \t# tab\tinside')],
  [
    'block scalars',
    `${POD}    command:\n    - |\n      echo "line one"   \n\n      echo two\n    - >-\n      folded\n      text\n`,
  ],
  ['anchors', `${POD}x-common: &common {cpu: 100m}\nx-use: *common\n`],
  ['Helm template', `apiVersion: v1\nkind: Pod\nmetadata:\n  name: {{ .Release.Name }}-web\n`],
  ['200 KB', bigManifest()],
  ['no final newline, trailing spaces', `${POD.trimEnd()}   `],
  ['old Mac line ends', POD.replace(/\n/g, '\r')],
  ['one very long line', `data: ${'x'.repeat(20000)}\n`],
  ['other scripts', `name: "日本語 한국어 العربية עברית e\u0301 Ω"\n`],
  ['invisible characters', `name: "a\u200Bb\u00A0c\u2028d\u2029e"\n`],
  ['lone surrogates', `name: "\uD83D" # half an emoji \uDE00\n`],
  ['control characters', Array.from({ length: 31 }, (_, i) => String.fromCharCode(i + 1)).join('')],
];

describe('share links', () => {
  it('start with the version prefix and use only URL-fragment-safe characters', () => {
    expect(encodeShare(POD)).toMatch(/^v1\.[A-Za-z0-9_-]+$/);
  });

  it('round-trip 20 varied manifests byte for byte', () => {
    expect(VARIED).toHaveLength(20);
    expect(VARIED.find(([name]) => name === '200 KB')?.[1].length).toBeGreaterThan(200_000);
    for (const [name, text] of VARIED)
      expect({ name, text: roundTrip(text) }).toEqual({ name, text });
  });

  it('round-trip every corpus manifest byte for byte', NEEDS_CORPUS, () => {
    for (const [name, text] of corpusFiles())
      expect({ name, text: roundTrip(text) }).toEqual({ name, text });
  });

  it('round-trip the empty text', () => {
    expect(roundTrip('')).toBe('');
  });

  it('compress: a 200 KB manifest fits in a much shorter link', () => {
    const text = bigManifest();
    expect(encodeShare(text).length).toBeLessThan(text.length / 5);
  });

  it('round-trip any string: full Unicode, CRLF, BOM, controls, lone surrogates', () => {
    const anyUnit = fc.integer({ min: 1, max: 0xffff }).map((c) => String.fromCharCode(c));
    const pieces = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.string({ unit: anyUnit }),
      fc.constantFrom('\r\n', '\uFEFF', '\t', '\r', '---\n', '# 注释\n', '😀'),
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
        const text = parts.join('');
        expect(roundTrip(text)).toBe(text);
      }),
      { numRuns: 300 },
    );
  });

  it('accept a leading # and line breaks a mail client added', () => {
    const fragment = encodeShare(POD);
    const wrapped = `#${fragment.slice(0, 20)}\n${fragment.slice(20)}`;
    expect(decodeShare(wrapped)).toEqual({ ok: true, text: POD });
  });
});

describe('broken share links', () => {
  it('say when the text is not a share link, or from an unknown version', () => {
    expect(decodeShare('hello')).toMatchObject({ ok: false, code: 'not-a-link' });
    expect(decodeShare('v2.AAAA')).toEqual({
      ok: false,
      code: 'version',
      error:
        'This share link uses format v2, which this version of podscope cannot read (it reads v1).',
    });
  });

  it('say so in Chinese', () => {
    expect(decodeShare('v2.AAAA', 'zh-CN')).toMatchObject({
      error: '这个分享链接使用的是 v2 格式，当前版本的 podscope 读不了（它只能读 v1）。',
    });
  });

  it('reject characters outside base64url, and a lone trailing character', () => {
    expect(decodeShare('v1.abc$')).toMatchObject({ ok: false, code: 'base64' });
    expect(decodeShare('v1.abc+/')).toMatchObject({ ok: false, code: 'base64' });
    expect(decodeShare('v1.abcde')).toMatchObject({ ok: false, code: 'base64' });
    expect(decodeShare('v1.')).toMatchObject({ ok: false, code: 'empty' });
  });

  it('reject corrupt and cut-short data', () => {
    const fragment = encodeShare(bigManifest());
    expect(decodeShare(fragment.slice(0, fragment.length / 2))).toMatchObject({ ok: false });
    expect(decodeShare(`v1.${'_'.repeat(40)}`)).toMatchObject({ ok: false, code: 'corrupt' });
  });

  it('refuse a link that expands beyond the cap (a zip bomb)', () => {
    const bomb = new Uint8Array(MAX_SHARED_BYTES + 1).fill(0x61);
    const fragment = `v1.${toBase64Url(deflateSync(bomb, { level: 9 }))}`;
    expect(fragment.length).toBeLessThan(30_000);
    expect(decodeShare(fragment)).toEqual({
      ok: false,
      code: 'too-large',
      error: 'The share link expands to more than 10 MB, more than podscope opens.',
    });
    const justUnder = new Uint8Array(MAX_SHARED_BYTES).fill(0x61);
    expect(decodeShare(`v1.${toBase64Url(deflateSync(justUnder))}`).ok).toBe(true);
  });

  it('reject bytes that are not UTF-8', () => {
    const fragment = `v1.${toBase64Url(deflateSync(new Uint8Array([0x61, 0xff, 0x62])))}`;
    expect(decodeShare(fragment)).toMatchObject({ ok: false, code: 'not-utf8' });
  });
});

describe('utf8', () => {
  it('encodes like UTF-8 for well-formed text', () => {
    expect([...encodeUtf8('aé中😀')]).toEqual([
      0x61, 0xc3, 0xa9, 0xe4, 0xb8, 0xad, 0xf0, 0x9f, 0x98, 0x80,
    ]);
  });

  it('keeps a lone surrogate as its own three bytes', () => {
    expect([...encodeUtf8('\uD800')]).toEqual([0xed, 0xa0, 0x80]);
    expect(decodeUtf8(encodeUtf8('x\uDC00y'))).toBe('x\uDC00y');
  });

  it('rejects overlong forms, stray continuation bytes and cut sequences', () => {
    expect(decodeUtf8(new Uint8Array([0xc0, 0xaf]))).toBeUndefined();
    expect(decodeUtf8(new Uint8Array([0xe0, 0x80, 0xaf]))).toBeUndefined();
    expect(decodeUtf8(new Uint8Array([0x80]))).toBeUndefined();
    expect(decodeUtf8(new Uint8Array([0xe4, 0xb8]))).toBeUndefined();
    expect(decodeUtf8(new Uint8Array([0xf4, 0x90, 0x80, 0x80]))).toBeUndefined();
  });
});
