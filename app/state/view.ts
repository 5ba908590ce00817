// Pure helpers for what the page shows: which result to draw, which workload, what a finding touches.
import type { AnalysisResult } from '../../src/analysis';
import type { PodGraph } from '../../src/graph/types';
import type { Finding } from '../../src/types';

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

/** The graph node ids a finding is about (containers, volumes, namespaces it names). */
export function touchedNodes(finding: Finding | undefined, graph: PodGraph): string[] {
  if (!finding) return [];
  const names = new Set<string>();
  for (const c of finding.containers ?? []) names.add(`container:${c}`);
  for (const v of finding.volumes ?? []) names.add(`volume:${v}`);
  for (const n of finding.namespaces ?? []) names.add(`namespace:${n}`);
  if (names.size === 0 && finding.workload !== undefined) names.add('pod');
  return graph.nodes
    .filter((n) => names.has(n.id) || names.has(n.id.replace(/#\d+$/, '')))
    .map((n) => n.id);
}

/** The workload whose document holds a text offset, if any. */
export function workloadAtOffset(result: AnalysisResult, offset: number): number {
  const doc = result.documents.find((d) => offset >= d.offset && offset <= d.endOffset);
  if (!doc?.workload) return -1;
  return result.workloads.findIndex((w) => w.ref.document === doc.index);
}
