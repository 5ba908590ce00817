// Offset ↔ line/column for one text. Lines are split on \n, so CRLF text counts the \r as part
// of its line and columns stay right on Windows files.
import type { SourceSpan } from '../types';

/** Start offsets of every line of `text`. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  let i = text.indexOf('\n');
  while (i !== -1) {
    starts.push(i + 1);
    i = text.indexOf('\n', i + 1);
  }
  return starts;
}

/** 1-based line and column of a 0-based offset. */
export function lineColumn(
  starts: readonly number[],
  offset: number,
): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo] + 1 };
}

/** A span from two offsets, clamped to the text. */
export function spanOf(
  starts: readonly number[],
  textLength: number,
  offset: number,
  endOffset: number,
): SourceSpan {
  const start = Math.max(0, Math.min(offset, textLength));
  const end = Math.max(start, Math.min(endOffset, textLength));
  const a = lineColumn(starts, start);
  const b = lineColumn(starts, end);
  return {
    line: a.line,
    column: a.column,
    endLine: b.line,
    endColumn: b.column,
    offset: start,
    endOffset: end,
  };
}
