// Replacing the editor's text from outside (an example, an upload, a fix) changes only the part
// that differs, so the cursor, the scroll position and undo survive small outside edits.

/** One replacement in text offsets: `prev.slice(from, to)` becomes `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

const CR = 13;
const LF = 10;

/**
 * The smallest single replacement that turns `prev` into `next`, or null when they are equal.
 * Its ends never fall between the `\r` and `\n` of a CRLF, which the editor treats as one break.
 */
export function minimalEdit(prev: string, next: string): TextEdit | null {
  if (prev === next) return null;
  const max = Math.min(prev.length, next.length);
  let start = 0;
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  if (
    start > 0 &&
    prev.charCodeAt(start - 1) === CR &&
    (prev.charCodeAt(start) === LF || next.charCodeAt(start) === LF)
  ) {
    start--;
  }
  let end = 0;
  while (
    end < max - start &&
    prev.charCodeAt(prev.length - 1 - end) === next.charCodeAt(next.length - 1 - end)
  ) {
    end++;
  }
  if (
    end > 0 &&
    prev.charCodeAt(prev.length - end) === LF &&
    (prev.charCodeAt(prev.length - end - 1) === CR || next.charCodeAt(next.length - end - 1) === CR)
  ) {
    end--;
  }
  return { from: start, to: prev.length - end, insert: next.slice(start, next.length - end) };
}
