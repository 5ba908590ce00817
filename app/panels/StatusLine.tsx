import { useMemo } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import { countFindings, groupingOf, SEVERITIES } from './findingGroups';
import { severityDot } from '../styles';
import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';
import { sourceLabel } from './sourceLabel';

interface Props {
  result: AnalysisResult;
  workload: number;
  stale: boolean;
  source: string;
  /** How far a long analysis has got. */
  progress?: { done: number; total: number } | null;
  /** Presentation mode shows the graph alone. */
  hidden?: boolean;
  /** Compare mode: the findings' count by change (new, fixed, unchanged). */
  compare?: string;
}

/**
 * One line under the page: what was read, how many findings in how many groups and of which
 * severity, the shown workload's QoS and Pod Security level, and that nothing leaves the browser. One line at every width: the source and the privacy note shorten.
 */
export function StatusLine({ result, workload, stale, source, progress, hidden, compare }: Props) {
  const { lang } = useI18n();
  const T = useTexts('panels').status;
  const S = useTexts('shell');
  const counts = useMemo(() => countFindings(result.findings), [result.findings]);
  const groups = useMemo(() => groupingOf(result.findings).entries, [result.findings]);
  const from = sourceLabel(source, lang);
  const documents = result.documents.filter((d) => !d.empty).length;
  const shown = result.workloads[workload];
  const partial = shown?.ref.completedBy === 'partial' ? T.partial : '';
  return (
    <footer
      hidden={hidden}
      aria-label={T.label}
      className="flex items-center gap-x-4 overflow-hidden border-t border-slate-200 bg-white px-4 py-1.5 text-xs whitespace-nowrap text-slate-600 tabular-nums dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300"
    >
      <span data-status="documents">{T.documents(documents)}</span>
      <span data-status="workloads">{T.workloads(result.workloads.length)}</span>
      <span className="flex items-center gap-3">
        {result.findings.length > 0 && (
          <span data-status="findings">{T.findings(result.findings.length, groups)}</span>
        )}
        {SEVERITIES.map((s) => (
          <span key={s} data-status={s} className="flex items-center gap-1">
            <span aria-hidden="true" className={`size-2 rounded-full ${severityDot[s]}`} />
            {T.count[s](counts[s])}
          </span>
        ))}
        {counts.suppressed > 0 && (
          <span data-status="suppressed">{T.suppressed(counts.suppressed)}</span>
        )}
      </span>
      {compare && (
        <span data-status="compare" className="min-w-0 truncate" title={compare}>
          {compare}
        </span>
      )}
      {shown && (
        <span data-status="qos">
          {T.qos(shown.qosClass)}
          {partial}
        </span>
      )}
      {shown && (
        <span data-status="pod-security">
          {T.podSecurity(shown.podSecurity.level)}
          {partial}
        </span>
      )}
      <span data-status="source" className="min-w-0 truncate" title={from}>
        {T.source(from)}
      </span>
      {progress && (
        <span data-status="progress" role="status" className="flex items-center gap-2">
          <progress
            className="h-1.5 w-24 accent-indigo-600"
            max={progress.total}
            value={progress.done}
            aria-label={T.progress(progress.done, progress.total)}
          />
          {T.progress(progress.done, progress.total)}
        </span>
      )}
      {stale && (
        <span
          data-status="stale"
          className="shrink-0 rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200"
        >
          {T.stale}
        </span>
      )}
      <span
        data-status="private"
        className="ml-auto flex min-w-0 items-center gap-1 text-slate-500 dark:text-slate-400"
        title={S.private}
      >
        <LockIcon />
        <span className="truncate">{S.private}</span>
      </span>
    </footer>
  );
}

function LockIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-3.5 shrink-0"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinejoin="round"
    >
      <rect x="3" y="7" width="10" height="7" rx="1.5" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </svg>
  );
}
