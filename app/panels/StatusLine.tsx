import { useMemo } from 'react';
import type { AnalysisResult } from '../../src/analysis';
import { countFindings, SEVERITIES } from './findingGroups';
import { severityDot } from './styles';
import { useI18n } from '../i18n/useI18n';
import { panelTexts } from './panelTexts';
import { sourceLabel } from './sourceLabel';

interface Props {
  result: AnalysisResult;
  workload: number;
  stale: boolean;
  source: string;
  /** How far a long analysis has got. */
  progress?: { done: number; total: number } | null;
}

/** One line under the page: what was read, how many findings, the shown workload's QoS. */
export function StatusLine({ result, workload, stale, source, progress }: Props) {
  const { lang } = useI18n();
  const T = panelTexts[lang].status;
  const counts = useMemo(() => countFindings(result.findings), [result.findings]);
  const from = sourceLabel(source, lang);
  const documents = result.documents.filter((d) => !d.empty).length;
  const qos = result.workloads[workload]?.qosClass;
  return (
    <footer
      aria-label={T.label}
      className="flex flex-wrap items-center gap-x-4 gap-y-1 border-t border-slate-200 bg-white px-4 py-1.5 text-xs text-slate-600 tabular-nums dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300"
    >
      <span data-status="documents">{T.documents(documents)}</span>
      <span data-status="workloads">{T.workloads(result.workloads.length)}</span>
      <span className="flex items-center gap-3">
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
      {qos && <span data-status="qos">{T.qos(qos)}</span>}
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
          className="ml-auto rounded bg-amber-100 px-1.5 py-0.5 font-medium text-amber-900 dark:bg-amber-950 dark:text-amber-200"
        >
          {T.stale}
        </span>
      )}
    </footer>
  );
}
