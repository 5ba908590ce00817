// Cuts a text again after an edit, from the cut of the text before it: only the pieces around the
// edit are cut anew, so a keystroke in a 4 MB text reads a few documents, not the whole text.
// The result is the cut splitDocuments gives the whole new text (pieceCache.test.ts checks it on
// random edits).
import { countLines, onlyComments, splitDocuments } from '../parse/split';
import type { TextEdit } from './textEdit';

/** Where a piece is in its input: offset, first line and length (its text is that slice). */
export interface PieceBounds {
  offset: number;
  line: number;
  length: number;
}

/**
 * The pieces of `next`, which is `prev` with `edit` applied, from the pieces of `prev`: only the
 * pieces around the edit are cut again, the others move by what the edit added or removed.
 * `pieces[first, first + count)` are the new cut, replacing `prev`'s pieces `[first, end)`.
 * Null when the edit may change how the whole input is cut (a directive line).
 */
export function splitAfterEdit(
  prev: string,
  prevPieces: readonly PieceBounds[],
  edit: TextEdit,
  next: string,
): { pieces: PieceBounds[]; first: number; count: number; end: number } | null {
  // An input with a directive was read as one piece (see splitDocuments): cut it whole again.
  if (prevPieces.length === 0 || (prevPieces.length === 1 && /^%/m.test(prev))) return null;
  // A `%` that now starts a line was typed, or was joined to a line start by the edit: either
  // way it is on a line the edit touched.
  const lineStart = next.lastIndexOf('\n', edit.from - 1) + 1;
  const lineEnd = next.indexOf('\n', edit.from + edit.insert.length);
  if (/^%/m.test(next.slice(lineStart, lineEnd === -1 ? next.length : lineEnd))) return null;
  // A document start is `\n---` and the character after it: an edit can make or break one only
  // within a few characters of itself. The pieces holding those places are cut again, whole.
  const first = pieceAt(prevPieces, Math.max(0, edit.from - 4));
  const last = pieceAt(prevPieces, Math.min(prev.length, edit.to + 1));
  const start = prevPieces[first].offset;
  const delta = edit.insert.length - (edit.to - edit.from);
  const lastPiece = prevPieces[last];
  const stop = lastPiece.offset + lastPiece.length + delta;
  const cut = splitDocuments(next.slice(start, stop));
  // Comments alone before the first document start belong to that document: when the edit left
  // nothing else at the top, the start after them no longer cuts, which only a whole cut sees.
  if (first === 0 && cut.length === 1 && stop < next.length && onlyComments(next, 0, stop)) {
    return null;
  }
  const base = prevPieces[first].line;
  const region = cut.map((p) => ({
    offset: start + p.offset,
    line: base + p.line,
    length: p.text.length,
  }));
  const lines =
    countLines(edit.insert, 0, edit.insert.length) - countLines(prev, edit.from, edit.to);
  const after = prevPieces
    .slice(last + 1)
    .map((p) => ({ offset: p.offset + delta, line: p.line + lines, length: p.length }));
  return {
    pieces: [...prevPieces.slice(0, first), ...region, ...after],
    first,
    count: region.length,
    end: last + 1,
  };
}

/** The index of the piece holding `offset` (the last piece for the very end). */
function pieceAt(pieces: readonly PieceBounds[], offset: number): number {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (pieces[mid].offset <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
