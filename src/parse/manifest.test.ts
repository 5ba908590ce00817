import { describe, expect, it } from 'vitest';
import { parseManifest } from './manifest';

describe('parseManifest', () => {
  it('reads several documents, JSON and flow style alike', () => {
    const m = parseManifest('a: 1\n---\n{"b": [1, 2]}\n---\n{c: {d: e}}\n');
    expect(m.documents.map((d) => d.value)).toEqual([{ a: 1 }, { b: [1, 2] }, { c: { d: 'e' } }]);
  });

  it('resolves anchors, aliases and merge keys', () => {
    const m = parseManifest('base: &b {x: 1, y: 2}\nuse: *b\nmerged:\n  <<: *b\n  y: 3\n');
    expect(m.documents[0].value).toEqual({
      base: { x: 1, y: 2 },
      use: { x: 1, y: 2 },
      merged: { x: 1, y: 3 },
    });
  });

  it('strips a BOM and reads CRLF', () => {
    expect(parseManifest('\uFEFFa: 1\r\nb: two\r\n').documents[0].value).toEqual({
      a: 1,
      b: 'two',
    });
  });

  it('marks an empty trailing document as empty', () => {
    const m = parseManifest('a: 1\n---\n');
    expect(m.documents.map((d) => d.empty)).toEqual([false, true]);
  });

  it('reports duplicate keys as errors, like kubectl', () => {
    const m = parseManifest('a: 1\na: 2\n');
    expect(m.documents[0].issues.length).toBe(1);
  });

  it('never throws on binary junk', () => {
    const junk = Array.from({ length: 2000 }, (_, i) =>
      String.fromCharCode((i * 7919) % 65536),
    ).join('');
    expect(() => parseManifest(junk)).not.toThrow();
  });
});
