// Test helpers for reading a manifest the way the page does: analysed, one workload drawn.
import { analyze } from '../analysis/analyze';
import type { AnalysisResult, WorkloadAnalysis } from '../analysis/result';
import { buildGraph } from '../graph/build';
import type { GraphNode, PodGraph } from '../graph/types';

/** A manifest analysed, with workload `index` and its graph; throws when there is no such workload. */
export function drawn(
  text: string,
  index = 0,
): { result: AnalysisResult; workload: WorkloadAnalysis; graph: PodGraph } {
  const result = analyze(text);
  const workload = result.workloads[index];
  if (!workload) throw new Error(`no workload ${index} in the manifest`);
  return { result, workload, graph: buildGraph(result, index) };
}

/** The node with this id; throws naming the ids there are, so a failing test says what it saw. */
export function nodeById(graph: PodGraph, id: string): GraphNode {
  const n = graph.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`no node ${id} in ${graph.nodes.map((x) => x.id).join(', ')}`);
  return n;
}
