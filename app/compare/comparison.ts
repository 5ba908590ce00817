// Compare mode's data: A, the result of B it was compared with and what changed (all three from
// the compare worker, compareClient.ts), the drawn workload's share of it, and B's graph with A's
// removed elements added as ghosts before layout, so they are laid out with the rest.
import type { AnalysisResult } from '../../src/analysis/result';
import { diffResults, workloadDiffOf, type ResultDiff, type WorkloadDiff } from '../../src/diff';
import type { DiffTexts } from '../../src/diff/texts';
import type { GraphEdge, GraphNode, PodGraph } from '../../src/graph/types';
import { countFindings } from '../panels/findingGroups';
import type { Compared } from './compareClient';

export interface Comparison {
  a: AnalysisResult;
  /** The result of B the diff was made from (the editor may be a keystroke ahead of it). */
  b: AnalysisResult;
  diff: ResultDiff;
  /** The drawn workload of B, matched in A (undefined when B has no workload there). */
  workload?: WorkloadDiff;
}

/** The comparison with the drawn workload (`-1`: none) picked out. */
export function comparisonOf(c: Compared, workload: number): Comparison {
  const { a, b, diff } = c;
  return {
    a,
    b,
    diff,
    workload: workload === -1 ? undefined : workloadDiffOf(diff, { b: workload }),
  };
}

/** What the compare worker makes of two results, made here: for tests and for tools holding both. */
export function compareWith(a: AnalysisResult, b: AnalysisResult, workload: number): Comparison {
  return comparisonOf({ a, b, version: 0, diff: diffResults(a, b) }, workload);
}

/** B's graph with the elements A had and B has not, and their former edges, as ghosts. */
export function withGhosts(graph: PodGraph, w: WorkloadDiff | undefined): PodGraph {
  if (!w) return graph;
  const ghosts: GraphNode[] = [];
  const formerEdges: GraphEdge[] = [];
  for (const e of w.elements) {
    if (e.change !== 'removed' || !e.before) continue;
    ghosts.push(e.before);
    formerEdges.push(...(e.formerEdges ?? []));
  }
  for (const e of w.edges) if (e.change === 'removed' && e.before) formerEdges.push(e.before);
  if (ghosts.length === 0 && formerEdges.length === 0) return graph;
  const nodes = [...graph.nodes];
  const ids = new Set(nodes.map((n) => n.id));
  for (const n of ghosts) {
    if (ids.has(n.id)) continue;
    ids.add(n.id);
    nodes.push(n);
  }
  const edges = [...graph.edges];
  const edgeIds = new Set(edges.map((e) => e.id));
  for (const e of formerEdges) {
    if (edgeIds.has(e.id) || !ids.has(e.source) || !ids.has(e.target)) continue;
    edgeIds.add(e.id);
    edges.push(e);
  }
  return { ...graph, nodes, edges };
}

/** `1 new finding (1 warning), 2 fixed, 3 unchanged`, for the status line. */
export function findingSummary(c: Comparison, T: DiffTexts): string {
  const f = c.diff.findings;
  return T.findingCounts(
    countFindings(f.new.map((i) => c.b.findings[i])),
    countFindings(f.fixed.map((i) => c.a.findings[i])),
    f.unchanged.length,
  );
}

/** The edges B added or removed, by id, for drawing them in the change's colour. */
export function edgeChanges(w: WorkloadDiff | undefined): ReadonlyMap<string, 'added' | 'removed'> {
  const out = new Map<string, 'added' | 'removed'>();
  for (const e of w?.edges ?? []) if (e.change !== 'changed') out.set(e.id, e.change);
  for (const e of w?.elements ?? [])
    if (e.change === 'removed') for (const edge of e.formerEdges ?? []) out.set(edge.id, 'removed');
  return out;
}
