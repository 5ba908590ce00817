// Ops applied one after another, as replacements of the text they started from: each op is
// spliced into the text the previous ones made, and its edit is carried back to the first text's
// offsets, so an editor can apply them all in one transaction and move what lies between.
import type { TextEdit } from '../analysis/textEdit';
import { spliceFix, type FixOp } from './splice';

/** The edits of `ops` on `text`, in `text`'s offsets, sorted, none overlapping or touching. */
export function spliceEdits(text: string, ops: readonly FixOp[]): TextEdit[] {
  let current = text;
  // Sorted by position; each one's `insert` lies at [at, at + insert.length) of `current`.
  let done: TextEdit[] = [];
  for (const op of ops) {
    const e = spliceFix(current, op);
    current = current.slice(0, e.from) + e.insert + current.slice(e.to);
    done = merge(done, e, current);
  }
  return done;
}

// Adds edit `e` (offsets of the text before it) to `done` (offsets of the first text); `after`
// is the text once `e` is applied. Edits that overlap or touch `e` become one with it.
function merge(done: readonly TextEdit[], e: TextEdit, after: string): TextEdit[] {
  const out: TextEdit[] = [];
  let shift = 0; // current offset − first-text offset, before the position looked at
  let from = -1; // the merged edit's start, in the first text
  let to = -1;
  let curFrom = -1; // and in the text before `e`
  let curTo = -1;
  let placed = false;
  const delta = e.insert.length - (e.to - e.from);
  for (const d of done) {
    const start = d.from + shift;
    const end = start + d.insert.length;
    if (end < e.from) {
      out.push(d);
      shift += d.insert.length - (d.to - d.from);
      continue;
    }
    if (start > e.to) {
      if (!placed) {
        out.push(finish());
        placed = true;
      }
      out.push(d);
      continue;
    }
    // Overlapping or touching: part of the merged edit.
    if (from < 0) {
      from = Math.min(d.from, e.from - shift);
      curFrom = Math.min(start, e.from);
    }
    to = Math.max(d.to, e.to - shift - (d.insert.length - (d.to - d.from)));
    curTo = Math.max(end, e.to);
    shift += d.insert.length - (d.to - d.from);
  }
  if (!placed) out.push(finish());
  return out;

  function finish(): TextEdit {
    if (from < 0) return { from: e.from - shift, to: e.to - shift, insert: e.insert };
    const last = Math.max(curTo, e.to);
    const end = Math.max(to, e.to - shift);
    return { from, to: end, insert: after.slice(curFrom, last + delta) };
  }
}
