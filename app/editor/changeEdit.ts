// The editor's own record of an edit as one replacement in text offsets, so the page can hand
// the analysis worker the change without comparing two multi-megabyte texts to find it.
import type { ChangeSet, Text } from '@codemirror/state';
import type { TextEdit } from '../../src/analysis/textEdit';
import { posToOffset, type LineBreak } from './lineBreaks';

/**
 * One replacement covering every change in `changes`, which turned `before` into `after`:
 * offsets in `before`'s text (line breaks counted as `lineBreak`), the insert from `after`.
 * Null when nothing changed.
 */
export function changeToEdit(
  changes: ChangeSet,
  before: Text,
  after: Text,
  lineBreak: LineBreak,
): TextEdit | null {
  let fromA = Infinity;
  let toA = -1;
  let fromB = Infinity;
  let toB = -1;
  changes.iterChangedRanges((a0, a1, b0, b1) => {
    fromA = Math.min(fromA, a0);
    toA = Math.max(toA, a1);
    fromB = Math.min(fromB, b0);
    toB = Math.max(toB, b1);
  });
  if (toA === -1) return null;
  return {
    from: posToOffset(before, fromA, lineBreak),
    to: posToOffset(before, toA, lineBreak),
    insert: after.sliceString(fromB, toB, lineBreak),
  };
}
