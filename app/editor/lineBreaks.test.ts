import { EditorState, Text } from '@codemirror/state';
import { describe, expect, it } from 'vitest';
import {
  detectLineBreak,
  normalizeLineBreaks,
  offsetToPos,
  posToOffset,
  type LineBreak,
} from './lineBreaks';

/** The document CodeMirror builds for `text` with the given separator. */
function docOf(text: string, lineBreak: LineBreak): Text {
  return EditorState.create({ doc: text, extensions: EditorState.lineSeparator.of(lineBreak) }).doc;
}

describe('detectLineBreak', () => {
  it('keeps CRLF only when every break is CRLF', () => {
    expect(detectLineBreak('a: 1\r\nb: 2\r\n')).toBe('\r\n');
    expect(detectLineBreak('a: 1\r\nb: 2\n')).toBe('\n');
    expect(detectLineBreak('a: 1\nb: 2\r\n')).toBe('\n');
  });

  it('treats texts without CRLF as LF', () => {
    expect(detectLineBreak('')).toBe('\n');
    expect(detectLineBreak('kind: Pod')).toBe('\n');
    expect(detectLineBreak('\nkind: Pod')).toBe('\n');
    expect(detectLineBreak('a: 1\rb: 2')).toBe('\n');
  });
});

describe('normalizeLineBreaks', () => {
  it('rewrites CRLF, LF and lone CR to the document break', () => {
    expect(normalizeLineBreaks('a\r\nb\nc\rd', '\n')).toBe('a\nb\nc\nd');
    expect(normalizeLineBreaks('a\r\nb\nc\rd', '\r\n')).toBe('a\r\nb\r\nc\r\nd');
  });
});

describe('offsetToPos / posToOffset', () => {
  it('is the identity on LF text, clamped to the document', () => {
    const doc = docOf('a: 1\nb: 2\n', '\n');
    expect(doc.length).toBe(10);
    expect(offsetToPos(doc, 5, '\n')).toBe(5);
    expect(offsetToPos(doc, 99, '\n')).toBe(10);
    expect(offsetToPos(doc, -3, '\n')).toBe(0);
    expect(offsetToPos(doc, Number.NaN, '\n')).toBe(0);
    expect(posToOffset(doc, 7, '\n')).toBe(7);
  });

  it('keeps a lone CR as a character of its line in LF mode', () => {
    const text = 'a\rb\nc';
    const doc = docOf(text, '\n');
    expect(doc.lines).toBe(2);
    expect(doc.length).toBe(text.length);
    expect(doc.sliceString(offsetToPos(doc, 4, '\n'))).toBe('c');
  });

  it('converts CRLF offsets, each break counting two in the text and one in the document', () => {
    // "kind: Pod\r\n" is 11 characters; "spec:" starts at offset 11, "x: 1" at 11 + 7 = 18.
    const text = 'kind: Pod\r\nspec:\r\nx: 1';
    const doc = docOf(text, '\r\n');
    expect(doc.lines).toBe(3);
    expect(doc.length).toBe(text.length - 2);
    expect(offsetToPos(doc, 11, '\r\n')).toBe(10);
    expect(offsetToPos(doc, 18, '\r\n')).toBe(16);
    expect(doc.sliceString(offsetToPos(doc, 18, '\r\n'))).toBe('x: 1');
    expect(posToOffset(doc, 10, '\r\n')).toBe(11);
    expect(posToOffset(doc, 16, '\r\n')).toBe(18);
    expect(posToOffset(doc, doc.length, '\r\n')).toBe(text.length);
  });

  it('puts an offset inside a CRLF at the end of its line and clamps past the end', () => {
    const text = 'ab\r\ncd';
    const doc = docOf(text, '\r\n');
    expect(offsetToPos(doc, 2, '\r\n')).toBe(2); // the \r
    expect(offsetToPos(doc, 3, '\r\n')).toBe(2); // the \n
    expect(offsetToPos(doc, 4, '\r\n')).toBe(3); // "c"
    expect(offsetToPos(doc, 100, '\r\n')).toBe(doc.length);
  });

  it('round-trips every line start of a CRLF text', () => {
    const lines = ['apiVersion: v1', 'kind: Pod', '', 'metadata:', '  name: web'];
    const text = lines.join('\r\n');
    const doc = docOf(text, '\r\n');
    let offset = 0;
    for (const line of lines) {
      const pos = offsetToPos(doc, offset, '\r\n');
      expect(doc.lineAt(pos).text).toBe(line);
      expect(posToOffset(doc, pos, '\r\n')).toBe(offset);
      offset += line.length + 2;
    }
  });
});
