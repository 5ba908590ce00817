import { useCallback, useRef, useState } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import { elementAt, rangeOf } from '../../src/graph/elements';
import type { PodView } from './usePodView';
import type { RevealRequest, Selection } from './types';
import { useLatest } from './useLatest';

export interface SelectionState {
  selection: Selection | null;
  reveal: RevealRequest | null;
  /** A click in the graph or the findings list: select it and show its YAML. */
  select: (s: Selection | null) => void;
  /** The editor's cursor moved: select the innermost element there (no scrolling back). */
  selectAtOffset: (offset: number) => void;
  /** Selects a range of the text in the editor and scrolls it into view; the selection stays. */
  revealRange: (from: number, to: number) => void;
}

/**
 * Selection shared by the editor, the graph, the findings list and the inspector. Graph and list
 * clicks reveal the YAML; cursor moves select graph elements but never move the cursor again.
 */
export function useSelection(
  current: AnalysisResult,
  view: PodView | null,
  stale: boolean,
): SelectionState {
  const [selection, setSelection] = useState<Selection | null>(null);
  const [reveal, setReveal] = useState<RevealRequest | null>(null);
  const seq = useRef(0);

  const show = useCallback((from: number, to: number) => {
    seq.current += 1;
    setReveal({ from, to, seq: seq.current });
  }, []);

  // Every finding row holds `select`: it reads the newest analysis and view through these.
  const latestResult = useLatest(current);
  const latestView = useLatest(view);
  const latestStale = useLatest(stale);

  const select = useCallback(
    (s: Selection | null) => {
      const current = latestResult.current;
      const view = latestView.current;
      const stale = latestStale.current;
      setSelection(s);
      if (!s) return;
      if (s.kind === 'finding') {
        const f = current.findings[s.index];
        if (f) show(f.offset, f.endOffset);
        return;
      }
      // While the YAML is invalid the graph is older than the text: its ranges no longer match.
      const r = !stale && view ? rangeOf(view.ranges, s) : undefined;
      if (r) show(r.offset, r.endOffset);
    },
    [show, latestResult, latestView, latestStale],
  );

  const selectAtOffset = useCallback(
    (offset: number) => {
      if (stale || !view) return;
      const hit = elementAt(view.ranges, offset);
      setSelection(hit ? hit.element : null);
    },
    [view, stale],
  );

  return { selection, reveal, select, selectAtOffset, revealRange: show };
}
