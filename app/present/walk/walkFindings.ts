// Which findings the walk steps through: the ones the drawn graph is badged with. The page
// computes them while presenting; the walk itself is fetched later (walkModule.ts).
import type { AnalysisResult } from '../../../src/analysis/result';
import { workloadFindings } from '../../../src/graph/marks';
import type { Finding } from '../../../src/types';

/** The unsuppressed findings of one workload of an analysis, the ones its graph is badged with. */
export function walkFindings(result: AnalysisResult, workload: number): Finding[] {
  const w = result.workloads[workload];
  if (!w) return [];
  return workloadFindings(result.findings, workload, w.ref.document, w.podSpecPath).map(
    (e) => e.finding,
  );
}
