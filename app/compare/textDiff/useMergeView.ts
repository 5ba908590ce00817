import { MergeView } from '@codemirror/merge';
import { useEffect, useRef, type RefObject } from 'react';
import { minimalEdit } from '../../../src/analysis/textEdit';
import { detectLineBreak, offsetToPos } from '../../editor/lineBreaks';
import { useLatest } from '../../state/useLatest';
import { sideExtensions } from './sideExtensions';

// Unchanged stretches longer than this fold away, three lines of context kept around a change.
const COLLAPSE = { margin: 3, minSize: 4 };

/** The words of the view, in the page's language: a new language makes the view again. */
export interface DiffViewTexts {
  view: string;
  sideA: string;
  sideB: string;
  phrases: Record<string, string>;
}

/**
 * The merge view of A (left) and B (right) in `host`: made again when A or the language changes,
 * and following B's edits in place, so the reader keeps the place while the user types. Effects
 * declared after this hook's call see the view of the same render.
 */
export function useMergeView(
  host: RefObject<HTMLDivElement | null>,
  a: string,
  b: string,
  texts: DiffViewTexts,
  showAll: boolean,
): RefObject<MergeView | null> {
  const view = useRef<MergeView | null>(null);
  const shownB = useRef(b);
  const latest = useLatest({ b, showAll });
  // A new kind of line break in B makes the view again: its separator is fixed when made.
  const lineBreakB = detectLineBreak(b);

  useEffect(() => {
    const parent = host.current;
    if (!parent) return;
    const { b, showAll } = latest.current;
    const merge = new MergeView({
      a: { doc: a, extensions: sideExtensions(a, texts.sideA, texts.phrases) },
      b: { doc: b, extensions: sideExtensions(b, texts.sideB, texts.phrases) },
      parent,
      gutter: true,
      highlightChanges: true,
      collapseUnchanged: showAll ? undefined : COLLAPSE,
    });
    // The sides are read-only and take no focus: the keyboard scrolls their shared scroller.
    merge.dom.setAttribute('tabindex', '0');
    merge.dom.setAttribute('aria-label', texts.view);
    shownB.current = b;
    view.current = merge;
    return () => {
      merge.destroy();
      view.current = null;
    };
  }, [host, a, texts, lineBreakB, latest]);

  useEffect(() => {
    const merge = view.current;
    if (!merge || shownB.current === b) return;
    const edit = minimalEdit(shownB.current, b);
    shownB.current = b;
    if (!edit) return;
    const doc = merge.b.state.doc;
    merge.b.dispatch({
      changes: {
        from: offsetToPos(doc, edit.from, lineBreakB),
        to: offsetToPos(doc, edit.to, lineBreakB),
        insert: edit.insert,
      },
    });
  }, [b, lineBreakB]);

  useEffect(() => {
    view.current?.reconfigure({ collapseUnchanged: showAll ? undefined : COLLAPSE });
  }, [showAll]);

  return view;
}
