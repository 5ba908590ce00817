import { diffTexts } from '../../src/diff/texts';
import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';
import type { Comparison } from './comparison';
import { ChangeBadge } from './marks';
import { WorkloadChanges } from './WorkloadChanges';

interface Props {
  comparison: Comparison | null;
  source: string;
  onSwap: () => void;
  onLeave: () => void;
  /** Whether the text diff of A and B shows (textDiff/). */
  textDiff: boolean;
  onTextDiff: (shown: boolean) => void;
  /** The drawn workload of B, and drawing another (from the list of workloads). */
  workload: number;
  onPickWorkload: (index: number) => void;
}

const BUTTON =
  'shrink-0 rounded-md border border-slate-300 bg-white px-2 py-0.5 text-xs font-medium hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:border-slate-600 dark:bg-slate-800 dark:hover:bg-slate-700';

/** The bar over the workspace in compare mode: what A is, the legend, swap and leave. */
export function CompareBar({
  comparison,
  source,
  onSwap,
  onLeave,
  textDiff,
  onTextDiff,
  workload,
  onPickWorkload,
}: Props) {
  const T = useTexts('compare');
  const { lang } = useI18n();
  const D = diffTexts(lang);
  const w = comparison?.workload;
  // The drawn pod when there is one, else the whole input.
  const unchanged =
    comparison !== null && (w ? w.change === 'unchanged' : !comparison.diff.changed);
  return (
    <section
      aria-label={T.bar}
      data-compare-bar=""
      className="flex items-center gap-3 overflow-hidden border-b border-slate-200 bg-indigo-50 px-3 py-1 text-xs whitespace-nowrap dark:border-slate-800 dark:bg-indigo-950/40"
    >
      <span className="font-semibold">{T.bar}</span>
      <span className="min-w-0 truncate" title={T.versionA(source || T.pasted)}>
        {T.versionA(source || T.pasted)}
      </span>
      {unchanged ? (
        <span role="status" data-no-change="" className="font-semibold">
          {T.noChange}
        </span>
      ) : (
        <span role="group" aria-label={T.legend} className="flex items-center gap-1.5">
          <ChangeBadge change="added" T={D} />
          <ChangeBadge change="removed" T={D} />
          <ChangeBadge change="changed" T={D} />
        </span>
      )}
      {comparison &&
        (comparison.diff.workloads.length > 1 || comparison.diff.objects.length > 0) && (
          <WorkloadChanges
            diff={comparison.diff}
            workload={workload}
            onPick={onPickWorkload}
            D={D}
            className={BUTTON}
          />
        )}
      <span className="ml-auto flex items-center gap-2">
        <button
          type="button"
          className={`${BUTTON} aria-pressed:border-indigo-500 aria-pressed:bg-indigo-100 aria-pressed:text-indigo-900 dark:aria-pressed:bg-indigo-500/25 dark:aria-pressed:text-indigo-100`}
          aria-pressed={textDiff}
          title={T.textDiffTitle}
          onClick={() => onTextDiff(!textDiff)}
        >
          {T.textDiff}
        </button>
        <button type="button" className={BUTTON} onClick={onSwap}>
          ⇄ {T.swap}
        </button>
        <button type="button" className={BUTTON} onClick={onLeave}>
          {T.leave}
        </button>
      </span>
    </section>
  );
}
