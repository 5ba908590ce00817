// How far the continuation rows of a wrapped line are indented: under the start of the line's own
// text, past its indentation and a leading list dash or comment mark, so a wrapped comment or
// value reads as one block instead of starting again at the left edge.

/** Continuation rows never start further right than this many columns. */
export const MAX_HANGING_INDENT = 24;

const LEAD = /^[ \t]*(?:(?:- )+|#+ ?)?/;

/** The column the continuation rows of `line` start at (tabs stop every `tabSize` columns). */
export function hangingIndent(line: string, tabSize: number): number {
  const lead = LEAD.exec(line)?.[0] ?? '';
  let column = 0;
  for (const ch of lead) {
    column = ch === '\t' ? column + tabSize - (column % tabSize) : column + 1;
    if (column >= MAX_HANGING_INDENT) return MAX_HANGING_INDENT;
  }
  return column;
}
