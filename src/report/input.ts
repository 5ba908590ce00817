// What the report formatters read: one entry per input file. Structurally a subset of
// AnalysisResult, so the CLI passes analysis results straight through.
import type { DocumentSummary, WorkloadAnalysis } from '../analysis/result';
import type { WorkloadRef } from '../model/types';
import { SEVERITY_RANK, type Finding, type Severity } from '../types';

export interface ReportWorkload {
  ref: Pick<
    WorkloadRef,
    'document' | 'kind' | 'name' | 'namespace' | 'templateLabel' | 'completedBy'
  >;
  qosClass: WorkloadAnalysis['qosClass'];
  podSpecPath: string;
  podSecurity: Pick<WorkloadAnalysis['podSecurity'], 'level'>;
}

export type ReportDocument = Pick<
  DocumentSummary,
  'index' | 'kind' | 'name' | 'line' | 'workload' | 'empty' | 'invalid'
>;

export interface ReportResult {
  documents: readonly ReportDocument[];
  workloads: readonly ReportWorkload[];
  findings: readonly Finding[];
}

export interface ReportFile {
  /** The file name as the user gave it (`<stdin>` for standard input). */
  file: string;
  result: ReportResult;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  suppressed: number;
}

/** Counts findings by severity; suppressed findings are counted apart, never by severity. */
export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else counts[f.severity]++;
  }
  return counts;
}

/** The CONTRACT order: document, line, column, rule id; path and message break remaining ties. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      a.document - b.document ||
      a.line - b.line ||
      a.column - b.column ||
      compareText(a.ruleId, b.ruleId) ||
      compareText(a.path, b.path) ||
      compareText(a.message, b.message),
  );
}

/** True when an unsuppressed finding is at or above `threshold` (`none` never trips). */
export function exceedsThreshold(
  findings: readonly Finding[],
  threshold: Severity | 'none',
): boolean {
  if (threshold === 'none') return false;
  return findings.some(
    (f) => !f.suppressed && SEVERITY_RANK[f.severity] <= SEVERITY_RANK[threshold],
  );
}

// Code-unit order, not locale order, so output is identical on every machine.
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
