import { describe, expect, it } from 'vitest';
import { splitDocuments } from './split';

const cut = (text: string) => splitDocuments(text).map((p) => [p.text, p.offset, p.line]);

describe('splitDocuments', () => {
  it('cuts at every line that starts a document, keeping offsets and lines', () => {
    expect(cut('a: 1\n---\nb: 2\n--- # c\nc: 3\n')).toEqual([
      ['a: 1\n', 0, 0],
      ['---\nb: 2\n', 5, 1],
      ['--- # c\nc: 3\n', 14, 3],
    ]);
  });

  it('keeps leading comments with the first document, as YAML does', () => {
    expect(cut('# header\n\n---\na: 1\n---\nb: 2')).toEqual([
      ['# header\n\n---\na: 1\n', 0, 0],
      ['---\nb: 2', 19, 4],
    ]);
  });

  it('does not cut at dashes that are not a marker', () => {
    expect(cut('a: |\n  ---\n----\n---x\nb: ---\n')).toHaveLength(1);
  });

  it('cuts CRLF text and markers followed by a tab or the end', () => {
    expect(cut('a: 1\r\n---\r\nb: 2\r\n---\t\n---')).toEqual([
      ['a: 1\r\n', 0, 0],
      ['---\r\nb: 2\r\n', 6, 1],
      ['---\t\n', 17, 3],
      ['---', 22, 4],
    ]);
  });

  it('reads an input with directives as one piece', () => {
    expect(cut('%YAML 1.2\n---\na: 1\n---\nb: 2\n')).toHaveLength(1);
  });

  it('gives one empty piece for an empty text', () => {
    expect(cut('')).toEqual([['', 0, 0]]);
  });
});
