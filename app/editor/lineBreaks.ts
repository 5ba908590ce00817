// The editor's document must count positions exactly as the engine does (UTF-16 offsets into the
// text as typed). CodeMirror counts every line break as one position, so a CRLF file is kept
// with `\r\n` as its separator and positions are converted; any other text splits on `\n` only,
// which keeps a stray `\r` as a visible character and positions identical to offsets.
import type { Text } from '@codemirror/state';

export type LineBreak = '\n' | '\r\n';

/** `\r\n` when every line break of the text is CRLF, otherwise `\n`. */
export function detectLineBreak(text: string): LineBreak {
  let i = text.indexOf('\n');
  if (i <= 0) return '\n';
  while (i !== -1) {
    if (text.charCodeAt(i - 1) !== 13) return '\n';
    i = text.indexOf('\n', i + 1);
  }
  return '\r\n';
}

/** Rewrites every line break (CRLF, LF, lone CR) of inserted text to the document's own. */
export function normalizeLineBreaks(text: string, lineBreak: LineBreak): string {
  return text.replace(/\r\n?|\n/g, lineBreak);
}

/** The text offset where line `n` (1-based) starts. */
function lineStartOffset(doc: Text, n: number, extra: number): number {
  return doc.line(n).from + (n - 1) * extra;
}

/**
 * The document position of a 0-based offset into the text, clamped to the document. An offset
 * that points into a line break (the `\n` of a CRLF) lands at the end of its line.
 */
export function offsetToPos(doc: Text, offset: number, lineBreak: LineBreak): number {
  const extra = lineBreak.length - 1;
  const o = Number.isFinite(offset) ? Math.max(0, Math.floor(offset)) : 0;
  if (extra === 0) return Math.min(o, doc.length);
  let lo = 1;
  let hi = doc.lines;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStartOffset(doc, mid, extra) <= o) lo = mid;
    else hi = mid - 1;
  }
  const line = doc.line(lo);
  return line.from + Math.min(o - lineStartOffset(doc, lo, extra), line.length);
}

/** The 0-based text offset of a document position. */
export function posToOffset(doc: Text, pos: number, lineBreak: LineBreak): number {
  const extra = lineBreak.length - 1;
  if (extra === 0) return pos;
  return pos + (doc.lineAt(pos).number - 1) * extra;
}
