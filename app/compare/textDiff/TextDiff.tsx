import { useEffect, useMemo, useRef, useState } from 'react';
import { EDITOR_PALETTE } from '../../editor/palette';
import { useLatest } from '../../state/useLatest';
import { useTexts } from '../../i18n/useTexts';
import type { TextDiffProps } from './props';
import { revealInDiff } from './reveal';
import { elementRanges, targetsOf } from './sideRanges';
import { useMergeView } from './useMergeView';

// The diff's own colours beside the editor's (palette.ts): removed on A's side, added on B's.
const DIFF_PALETTE = [
  '[--pe-diff-del:rgb(220_38_38/0.08)] dark:[--pe-diff-del:rgb(248_113_113/0.13)]',
  '[--pe-diff-ins:rgb(5_150_105/0.09)] dark:[--pe-diff-ins:rgb(52_211_153/0.13)]',
  '[--pe-diff-del-fg:#b91c1c] dark:[--pe-diff-del-fg:#fca5a5]',
  '[--pe-diff-ins-fg:#047857] dark:[--pe-diff-ins-fg:#6ee7b7]',
].join(' ');

const TOGGLE =
  'rounded border border-slate-300 px-1.5 py-0.5 font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-800 dark:border-slate-600 dark:hover:bg-slate-800 dark:aria-pressed:bg-indigo-500/20 dark:aria-pressed:text-indigo-200';

/**
 * A (left) and B (right) side by side, read-only, unchanged stretches folded; the element
 * selected on the graph is shown on both sides, found in each version by what it is.
 */
export function TextDiff({ a, resultA, workloadA, b, rangesB, selection }: TextDiffProps) {
  const T = useTexts('compare');
  const host = useRef<HTMLDivElement>(null);
  const [showAll, setShowAll] = useState(false);
  const texts = useMemo(
    () => ({
      view: T.textDiff,
      sideA: T.sideA,
      sideB: T.sideB,
      phrases: { '$ unchanged lines': T.unchangedLines },
    }),
    [T],
  );
  const merge = useMergeView(host, a, b, texts, showAll);
  const rangesA = useMemo(() => elementRanges(resultA, workloadA), [resultA, workloadA]);

  // A new selection (or a new view) scrolls; a new analysis of the same selection does not, so
  // the reader's own scrolling is left alone while B is edited.
  const latest = useLatest({ rangesA, rangesB, a, b });
  useEffect(() => {
    const view = merge.current;
    if (!view) return;
    const { rangesA, rangesB, a, b } = latest.current;
    revealInDiff(view, targetsOf(selection, rangesA, rangesB), { a, b });
  }, [merge, selection, a, latest]);

  return (
    <div
      className={`${EDITOR_PALETTE} ${DIFF_PALETTE} flex min-h-0 flex-1 flex-col text-xs [--editor-font-size:12px]`}
    >
      <div className="flex items-center gap-3 border-b border-slate-200 px-3 py-1 dark:border-slate-800">
        <h2 className="font-semibold">{T.textDiff}</h2>
        <button
          type="button"
          aria-pressed={showAll}
          className={`${TOGGLE} ml-auto`}
          onClick={() => setShowAll((on) => !on)}
        >
          {T.allLines}
        </button>
      </div>
      <div className="grid grid-cols-2 border-b border-slate-200 font-medium text-slate-700 dark:border-slate-800 dark:text-slate-300">
        <span className="px-3 py-0.5">{T.sideA}</span>
        <span className="border-l border-slate-200 px-3 py-0.5 dark:border-slate-800">
          {T.sideB}
        </span>
      </div>
      <div
        ref={host}
        data-text-diff-view=""
        className="min-h-0 flex-1 [&>.cm-mergeView]:h-full [&>.cm-mergeView]:overflow-auto"
      />
    </div>
  );
}
