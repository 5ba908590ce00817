// Selection → what the inspector, the teaching texts and the walk describe: a graph node, a port
// chip, an edge or a finding.
import type { AnalysisResult } from '../../src/analysis/result';
import { chipKey } from '../../src/graph/marks';
import type {
  GraphEdge,
  GraphNode,
  MountEdge,
  NamespaceNode,
  PodGraph,
  PortChip,
} from '../../src/graph/types';
import type { Finding } from '../../src/types';
import type { Selection } from './types';

export type Target =
  | { kind: 'node'; node: GraphNode }
  | { kind: 'port'; chip: PortChip; hub: NamespaceNode }
  | { kind: 'mount'; edge: MountEdge }
  | { kind: 'edge'; edge: GraphEdge }
  | { kind: 'finding'; finding: Finding; index: number };

/** The network hub, where the port chips live. */
export function networkHub(graph: PodGraph): NamespaceNode | undefined {
  return graph.nodes.find(
    (n): n is NamespaceNode => n.kind === 'namespace' && n.name === 'network',
  );
}

/** The pod frame node. */
export function podTarget(graph: PodGraph): Target | undefined {
  const pod = graph.nodes.find((n) => n.kind === 'pod');
  return pod && { kind: 'node', node: pod };
}

/**
 * What a selection points at; the pod frame when nothing is selected or the selection no
 * longer exists (an edit removed it).
 */
export function resolveTarget(
  result: AnalysisResult,
  graph: PodGraph,
  selection: Selection | null,
): Target | undefined {
  if (!selection) return podTarget(graph);
  switch (selection.kind) {
    case 'finding': {
      const finding = result.findings[selection.index];
      return finding ? { kind: 'finding', finding, index: selection.index } : podTarget(graph);
    }
    case 'node': {
      const node = graph.nodes.find((n) => n.id === selection.id);
      return node ? { kind: 'node', node } : podTarget(graph);
    }
    case 'edge': {
      const edge = graph.edges.find((e) => e.id === selection.id);
      if (!edge) return podTarget(graph);
      return edge.kind === 'mount' ? { kind: 'mount', edge } : { kind: 'edge', edge };
    }
    case 'port': {
      const hub = networkHub(graph);
      const chip = hub?.ports?.find(
        (c) => chipKey(c.container, c.port, c.protocol) === selection.key,
      );
      return hub && chip ? { kind: 'port', chip, hub } : podTarget(graph);
    }
  }
}

/** A string naming the target, the same across edits that keep it: `node:container:app`. */
export function targetKey(t: Target): string {
  switch (t.kind) {
    case 'node':
      return `node:${t.node.id}`;
    case 'port':
      return `port:${t.chip.container}:${t.chip.port}/${t.chip.protocol}`;
    case 'mount':
    case 'edge':
      return `edge:${t.edge.id}`;
    case 'finding':
      return `finding:${t.index}`;
  }
}
