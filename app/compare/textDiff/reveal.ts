// Shows the selected element on both sides of the merge view: its lines marked on each side that
// has it, the unchanged stretches over them unfolded, and the view scrolled to it. The two sides
// scroll as one (the merge view aligns their lines), so B leads when it has the element and A
// when only A has it (a removed element).
import { uncollapseUnchanged, type MergeView } from '@codemirror/merge';
import type { StateEffect } from '@codemirror/state';
import { EditorView } from '@codemirror/view';
import { detectLineBreak, offsetToPos } from '../../editor/lineBreaks';
import { markElement } from './sideExtensions';
import type { SideRange, SideTargets } from './sideRanges';

/** Marks, unfolds and scrolls to `targets`; with none, only clears the marks. */
export function revealInDiff(
  merge: MergeView,
  targets: SideTargets,
  texts: { a: string; b: string },
): void {
  const a = markSide(merge.a, targets.a, texts.a);
  const b = markSide(merge.b, targets.b, texts.b);
  const lead = b ? { view: merge.b, at: b.from } : a ? { view: merge.a, at: a.from } : null;
  if (!lead) return;
  const scroll = () =>
    lead.view.dispatch({
      effects: EditorView.scrollIntoView(lead.at, { y: 'start', yMargin: 24 }),
    });
  scroll();
  // Unfolding on one side changes the spacers that align the other a frame later: scroll again
  // once they have settled.
  requestAnimationFrame(() => requestAnimationFrame(scroll));
}

/** Marks the range's lines and unfolds what hides them; returns it in document positions. */
function markSide(view: EditorView, range: SideRange | undefined, text: string): SideRange | null {
  const doc = view.state.doc;
  const lineBreak = detectLineBreak(text);
  const r = range && {
    from: offsetToPos(doc, range.from, lineBreak),
    to: offsetToPos(doc, range.to, lineBreak),
  };
  const effects: StateEffect<unknown>[] = [markElement.of(r ?? null)];
  if (r) for (const at of foldsOver(view, r)) effects.push(uncollapseUnchanged.of(at));
  view.dispatch({ effects });
  return r ?? null;
}

/** Where the folded stretches of unchanged lines over a range start (any block widget there). */
function foldsOver(view: EditorView, r: SideRange): number[] {
  const starts: number[] = [];
  for (const source of view.state.facet(EditorView.decorations)) {
    if (typeof source === 'function') continue;
    source.between(r.from, r.to, (from, _to, deco) => {
      const spec = deco.spec as { block?: boolean; widget?: unknown };
      if (spec.block && spec.widget) starts.push(from);
    });
  }
  return starts;
}
