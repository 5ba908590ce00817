// One replacement between two versions of a text. The page's editor takes outside texts this way
// (only the part that differs changes, so the cursor, the scroll position and undo survive), and
// the analysis worker is sent keystrokes this way instead of the whole text.

/** One replacement in text offsets: `prev.slice(from, to)` becomes `insert`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
}

const CR = 13;
const LF = 10;
// Texts are compared a block at a time first: comparing two slices runs as one native
// comparison, some thirty times faster than a loop over characters on a multi-megabyte text.
const BLOCK = 4096;

/** The text `edit` turns `prev` into. */
export function applyEdit(prev: string, edit: TextEdit): string {
  return prev.slice(0, edit.from) + edit.insert + prev.slice(edit.to);
}

/**
 * Edits made one after another to `base`, as one replacement that covers them all (with the text
 * they make): the page sends a burst of keystrokes typed while the analysis was busy this way,
 * without comparing two multi-megabyte texts to find what changed.
 */
export function composeEdits(
  base: string,
  edits: readonly TextEdit[],
): { edit: TextEdit; text: string } | null {
  if (edits.length === 0) return null;
  let text = base;
  // The changed stretch: [start, to) of `base` is [start, end) of `text`. Before it the two
  // texts agree offset for offset; after it they agree once shifted by the change in length.
  let start = edits[0].from;
  let to = edits[0].from;
  let end = edits[0].from;
  for (const e of edits) {
    if (e.to > end) to += e.to - end;
    const last = Math.max(end, e.to);
    start = Math.min(start, e.from);
    end = last + e.insert.length - (e.to - e.from);
    text = applyEdit(text, e);
  }
  return { edit: { from: start, to, insert: text.slice(start, end) }, text };
}

/**
 * The smallest single replacement that turns `prev` into `next`, or null when they are equal.
 * Its ends never fall between the `\r` and `\n` of a CRLF, which the editor treats as one break.
 */
export function minimalEdit(prev: string, next: string): TextEdit | null {
  if (prev === next) return null;
  const max = Math.min(prev.length, next.length);
  let start = commonPrefix(prev, next, max);
  if (
    start > 0 &&
    prev.charCodeAt(start - 1) === CR &&
    (prev.charCodeAt(start) === LF || next.charCodeAt(start) === LF)
  ) {
    start--;
  }
  let end = commonSuffix(prev, next, max - start);
  if (
    end > 0 &&
    prev.charCodeAt(prev.length - end) === LF &&
    (prev.charCodeAt(prev.length - end - 1) === CR || next.charCodeAt(next.length - end - 1) === CR)
  ) {
    end--;
  }
  return { from: start, to: prev.length - end, insert: next.slice(start, next.length - end) };
}

/** How many leading characters `a` and `b` share, up to `max`. */
function commonPrefix(a: string, b: string, max: number): number {
  let n = 0;
  while (n + BLOCK <= max && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) n += BLOCK;
  while (n < max && a.charCodeAt(n) === b.charCodeAt(n)) n++;
  return n;
}

/** How many trailing characters `a` and `b` share, up to `max`. */
function commonSuffix(a: string, b: string, max: number): number {
  let n = 0;
  while (
    n + BLOCK <= max &&
    a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)
  ) {
    n += BLOCK;
  }
  while (n < max && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) n++;
  return n;
}

/** How a text came from an earlier one: `applyEdit(base, edit)` is the text. */
export interface TextChange {
  base: string;
  edit: TextEdit;
}

/** `edits` of `base` as one edit (a keystroke is one already: applying it twice would copy the text twice). */
export function oneEdit(base: string, edits: readonly TextEdit[]): TextEdit {
  if (edits.length === 1) return edits[0];
  return composeEdits(base, edits)?.edit ?? { from: 0, to: 0, insert: '' };
}
