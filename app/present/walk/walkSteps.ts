// The guided walk through a pod, in the order a teacher tells it: the whole pod, the network
// every container shares, the containers in the order they start, the volumes two or more of
// them share, then what is wrong. Pure: no React, no DOM.
import { nodesTouchedBy } from '../../../src/graph/touched';
import type { ContainerNode, NamespaceNode, PodGraph, VolumeNode } from '../../../src/graph/types';
import { SEVERITY_RANK, type Finding } from '../../../src/types';
import type { WalkMove } from '../presentKeys';

interface StepBase {
  /** Names the step across re-renders and edits that keep it. */
  key: string;
  /** The graph node ids the view fits to; empty for the whole pod. */
  nodes: readonly string[];
}

export type WalkStep = StepBase &
  (
    | { kind: 'overview' }
    | { kind: 'hub'; node: NamespaceNode }
    | { kind: 'container'; node: ContainerNode }
    | { kind: 'volume'; node: VolumeNode }
    | { kind: 'finding'; finding: Finding }
  );

/**
 * The steps of the walk: an overview first, then the network hub, every container in run order
 * (init containers and sidecars as declared, then app and ephemeral containers), every volume
 * mounted by two or more containers, and every unsuppressed finding, the most severe first.
 * `findings` are the drawn workload's; a finding that names no drawn element is shown on the
 * whole pod.
 */
export function walkSteps(graph: PodGraph, findings: readonly Finding[] = []): WalkStep[] {
  const steps: WalkStep[] = [{ kind: 'overview', key: 'overview', nodes: [] }];
  for (const node of graph.nodes) {
    if (node.kind === 'namespace' && node.name === 'network')
      steps.push({ kind: 'hub', key: node.id, node, nodes: [node.id] });
  }
  const containers = graph.nodes
    .filter((n): n is ContainerNode => n.kind === 'container')
    .sort((a, b) => a.runOrder - b.runOrder);
  for (const node of containers)
    steps.push({ kind: 'container', key: node.id, node, nodes: [node.id] });
  for (const node of graph.nodes) {
    if (node.kind === 'volume' && node.shared)
      steps.push({ kind: 'volume', key: node.id, node, nodes: [node.id] });
  }
  findings
    .map((finding, index) => ({ finding, index }))
    .filter(({ finding }) => !finding.suppressed)
    .sort(
      (a, b) =>
        SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index,
    )
    .forEach(({ finding, index }) => {
      const nodes = nodesTouchedBy(finding, graph).filter((id) => id !== 'pod');
      steps.push({ kind: 'finding', key: `finding:${index}:${finding.ruleId}`, finding, nodes });
    });
  return steps;
}

/** Where the walk stands: on the step it was on if that is still there, else as near as can be. */
export function placeOf(steps: readonly WalkStep[], at: { key: string; index: number }): number {
  const same = steps.findIndex((s) => s.key === at.key);
  return same !== -1 ? same : Math.max(0, Math.min(at.index, steps.length - 1));
}

/** The index a move leads to, kept within the walk. */
export function moveTo(move: WalkMove, index: number, count: number): number {
  switch (move) {
    case 'next':
      return Math.min(index + 1, count - 1);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return count - 1;
  }
}
