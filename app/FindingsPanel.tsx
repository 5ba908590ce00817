import type { AnalysisOutcome } from './useAnalysis';
import { countFindings, countLabel, workloadLabel } from './findings';
import { FindingItem } from './FindingItem';

interface Props {
  outcome: AnalysisOutcome;
  stale: boolean;
  onReveal: (offset: number, endOffset: number) => void;
}

export function FindingsPanel({ outcome, stale, onReveal }: Props) {
  if (!outcome.ok) {
    return (
      <section className="rounded-lg border border-red-200 bg-red-50 p-4 text-sm text-red-800">
        <h2 className="mb-1 font-semibold">Analysis failed</h2>
        <p role="alert">{outcome.error}</p>
      </section>
    );
  }
  const { findings, workloads } = outcome.result;
  const counts = countFindings(findings);
  return (
    <section
      aria-labelledby="findings-heading"
      aria-busy={stale}
      className="flex min-h-0 flex-col gap-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="findings-heading" className="text-base font-semibold">
          Findings
        </h2>
        <p className="text-xs text-slate-500" data-testid="finding-counts">
          {countLabel(counts.error, 'error')} · {countLabel(counts.warning, 'warning')} ·{' '}
          {counts.info} info
          {counts.suppressed > 0 && ` · ${counts.suppressed} suppressed`}
        </p>
      </div>
      <p className="text-sm text-slate-600">
        {workloads.length === 0
          ? 'No workload found in this input.'
          : workloads.map((w) => `${workloadLabel(w)} · QoS ${w.qosClass}`).join('; ')}
      </p>
      {findings.length === 0 ? (
        <p className="text-sm text-emerald-700">No findings.</p>
      ) : (
        <ul className="flex flex-col gap-1 overflow-y-auto" aria-label="Findings">
          {findings.map((f) => (
            <FindingItem
              key={`${f.ruleId}@${f.document}:${f.offset}:${f.path}`}
              finding={f}
              onReveal={onReveal}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
