// Small pure helpers the findings panel renders from.
import type { WorkloadAnalysis } from '../src/analysis';
import type { Finding, Severity } from '../src/types';

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Counts findings per severity; suppressed ones are counted apart because they need no action. */
export function countFindings(
  findings: readonly Finding[],
): Record<Severity | 'suppressed', number> {
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed += 1;
    else counts[f.severity] += 1;
  }
  return counts;
}

/** `line:column`, as editors and compilers print positions. */
export function locationLabel(f: Pick<Finding, 'line' | 'column'>): string {
  return `${f.line}:${f.column}`;
}

/** `Deployment web` or, for templates inside custom resources, `RayCluster demo (headGroupSpec)`. */
export function workloadLabel(w: WorkloadAnalysis): string {
  const base = `${w.ref.kind} ${w.ref.name}`;
  return w.ref.templateLabel ? `${base} (${w.ref.templateLabel})` : base;
}

/** `1 error`, `2 warnings`: English plural for the summary chips. */
export function countLabel(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
