// Pure helpers for what the page shows: which result to draw and which workload.
import type { AnalysisResult } from '../../src/analysis/result';

/** True when some document of the input does not parse: the graph then shows the last valid input. */
export function hasSyntaxErrors(result: AnalysisResult): boolean {
  return result.findings.some((f) => f.ruleId === 'yaml-syntax');
}

/** A workload's identity across edits: its document, kind, name and template. */
export function workloadKey(result: AnalysisResult, index: number): string {
  const w = result.workloads[index];
  if (!w) return '';
  return `${w.ref.document}:${w.ref.kind}/${w.ref.name}:${w.podSpecPath}`;
}

/** The index of the workload with this identity, else the same kind/name anywhere, else 0. */
export function findWorkload(result: AnalysisResult, key: string, previous: number): number {
  if (result.workloads.length === 0) return -1;
  const exact = result.workloads.findIndex((_, i) => workloadKey(result, i) === key);
  if (exact !== -1) return exact;
  const [, kindName] = key.split(':');
  const same = result.workloads.findIndex((w) => `${w.ref.kind}/${w.ref.name}` === kindName);
  if (same !== -1) return same;
  return Math.min(Math.max(previous, 0), result.workloads.length - 1);
}

/** The workload whose document holds a text offset, if any. */
export function workloadAtOffset(result: AnalysisResult, offset: number): number {
  const doc = result.documents.find((d) => offset >= d.offset && offset <= d.endOffset);
  if (!doc?.workload) return -1;
  return result.workloads.findIndex((w) => w.ref.document === doc.index);
}
