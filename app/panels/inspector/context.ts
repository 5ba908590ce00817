// What every inspector view reads, and the lookups they share.
import type { AnalysisResult, WorkloadAnalysis } from '../../../src/analysis/result';
import type { GraphNode, PodGraph } from '../../../src/graph/types';
import type { ContainerModel, VolumeModel } from '../../../src/model/types';
import type { Selection } from '../../state/types';

export interface InspectorContext {
  result: AnalysisResult;
  workload: WorkloadAnalysis;
  graph: PodGraph;
  onSelect: (s: Selection) => void;
  /** Selects a range of the text in the editor (absent while the drawn result is stale). */
  onReveal?: (from: number, to: number) => void;
}

/** The id of the first node of a kind with this name (names repeat only in invalid input). */
export function nodeIdOf(
  graph: PodGraph,
  kind: GraphNode['kind'],
  name: string,
): string | undefined {
  return graph.nodes.find((n) => n.kind === kind && n.name === name)?.id;
}

// Graph nodes of a kind are built in model order, so the nth container node is the nth container.
function nth<T>(graph: PodGraph, kind: GraphNode['kind'], id: string, items: readonly T[]) {
  const i = graph.nodes.filter((n) => n.kind === kind).findIndex((n) => n.id === id);
  return i === -1 ? undefined : items[i];
}

export function containerModelOf(ctx: InspectorContext, id: string): ContainerModel | undefined {
  return nth(ctx.graph, 'container', id, ctx.workload.model.containers);
}

export function volumeModelOf(ctx: InspectorContext, id: string): VolumeModel | undefined {
  return nth(ctx.graph, 'volume', id, ctx.workload.model.volumes);
}
