// The engine's graph and layout → React Flow nodes and edges. Positions and sizes are the
// layout's, untouched: children of the pod frame keep `parentId: 'pod'` and positions relative
// to it, which is React Flow's sub-flow convention too.
import { MarkerType } from '@xyflow/react';
import type { GraphLayout, LayoutBox } from '../../src/graph/layout';
import type { ContainerNode, GraphEdge, GraphNode, PodGraph, PodNode } from '../../src/graph/types';
import { isInjectedPlumbing } from '../../src/graph/plumbing';
import { canvas, type CanvasTexts } from '../i18n/en/canvas';
import { edgeAriaLabel, nodeAriaLabel } from './labels';
import { labelPosition } from './edgePoint';
import { EDGE_STROKE } from './edgeStyles';
import type { FlowEdge, FlowNode, MountLine, Side } from './flowTypes';
import { resourceScale } from './resourceBars';

export interface FlowGraph {
  nodes: FlowNode[];
  edges: FlowEdge[];
}

/** Classes every node wrapper carries, so dimming fades instead of blinking. */
export const NODE_CLASS = 'transition-opacity duration-150';

/** Which side each kind of edge leaves its source from and enters its target by. */
export function edgeSides(
  edge: GraphEdge,
  graph: PodGraph,
  layout: Pick<GraphLayout, 'objects' | 'host'> = { objects: 'under', host: 'left' },
): [Side, Side] {
  switch (edge.kind) {
    case 'mount':
      // Volumes lie under the frame.
      return ['b', 't'];
    case 'reference':
      return layout.objects === 'beside' ? ['r', 'l'] : ['b', 't'];
    case 'member':
      return ['t', 'b'];
    case 'targets':
      // Services lie in the row under the frame, under the containers they reach.
      return ['t', 'b'];
    case 'order':
      return ['r', 'l'];
    case 'uses-host': {
      const source = graph.nodes.find((n) => n.id === edge.source);
      // Left of the frame, the host is level with the hubs and above the volumes; under the
      // frame, it leads the volumes' row.
      if (layout.host === 'below') return ['l', source?.kind === 'volume' ? 'r' : 't'];
      return ['l', source?.kind === 'volume' ? 'b' : 'r'];
    }
  }
}

/** React Flow nodes and edges for one pod graph laid out by the engine; edges described in T's language. */
export function toFlow(graph: PodGraph, layout: GraphLayout, T: CanvasTexts = canvas): FlowGraph {
  const pod = graph.nodes.find((n): n is PodNode => n.kind === 'pod');
  const containers = graph.nodes.filter((n): n is ContainerNode => n.kind === 'container');
  const scale = resourceScale(pod, containers);
  const mounts = mountsByContainer(graph);
  const nodes: FlowNode[] = [];
  const compact = layout.density === 'compact' ? { compact: true } : {};
  for (const n of readingOrder(graph.nodes, layout)) {
    const box = layout.nodes[n.id];
    if (!box) continue;
    const base = placement(n.id, box, nodeAriaLabel(n, T), T.roleDescription.node);
    switch (n.kind) {
      case 'pod':
        nodes.push({
          ...base,
          type: 'pod',
          data: { node: n, lanes: layout.lanes, header: layout.frameHeader, ...compact },
        });
        break;
      case 'container':
        nodes.push({
          ...base,
          type: 'container',
          data: { node: n, mounts: mounts.get(n.id) ?? [], scale, ...compact },
        });
        break;
      case 'namespace':
        if (n.name === 'network')
          nodes.push({
            ...base,
            type: 'network',
            data: { node: n, podIP: pod?.podIP, ...compact },
          });
        else nodes.push({ ...base, type: 'hub', data: { node: n, ...compact } });
        break;
      case 'volume':
        nodes.push({
          ...base,
          type: 'volume',
          data: isInjectedPlumbing(n) ? { node: n, quiet: true } : { node: n },
        });
        break;
      case 'host':
        nodes.push({ ...base, type: 'host', data: { node: n } });
        break;
      case 'object':
        nodes.push({ ...base, type: 'object', data: { node: n } });
        break;
      case 'service':
        nodes.push({ ...base, type: 'service', data: { node: n } });
        break;
    }
  }
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const quiet = new Set(graph.nodes.filter(isInjectedPlumbing).map((n) => n.id));
  const shared = new Set(
    graph.nodes.flatMap((n) => (n.kind === 'volume' && n.shared ? [n.id] : [])),
  );
  const fanOut = countBy(graph, (e) => e.source);
  const fanIn = countBy(graph, (e) => e.target);
  const edges = graph.edges.map((e): FlowEdge => {
    const [sourceHandle, targetHandle] = edgeSides(e, graph, layout);
    const description = edgeAriaLabel(
      e,
      names.get(e.source) ?? e.source,
      names.get(e.target) ?? e.target,
      T,
    );
    const edge: FlowEdge = {
      id: e.id,
      source: e.source,
      target: e.target,
      sourceHandle,
      targetHandle,
      type: 'graph',
      data: {
        edge: e,
        description,
        shared: e.kind === 'mount' && shared.has(e.target),
        ...(quiet.has(e.target) ? { quiet: true } : {}),
        labelAt: labelPosition(fanOut.get(e.source) ?? 0, fanIn.get(e.target) ?? 0),
      },
      ariaLabel: description,
      domAttributes: { 'aria-roledescription': T.roleDescription.edge },
    };
    // Membership is implied by sitting in the frame; the lines appear on hover and selection.
    if (e.kind === 'member') edge.hidden = true;
    if (e.kind === 'order')
      edge.markerEnd = {
        type: MarkerType.ArrowClosed,
        width: 16,
        height: 16,
        color: EDGE_STROKE.order.color,
      };
    return edge;
  });
  return { nodes, edges };
}

// Mount edges per container (fan-out) or per volume (fan-in).
function countBy(graph: PodGraph, key: (e: GraphEdge) => string): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of graph.edges) if (e.kind === 'mount') out.set(key(e), (out.get(key(e)) ?? 0) + 1);
  return out;
}

/**
 * The frame first (parents must come before their children), then what it holds, then what lies
 * outside it, each top to bottom and left to right: the order the node titles take the focus.
 */
export function readingOrder(nodes: readonly GraphNode[], layout: GraphLayout): GraphNode[] {
  const rank = (n: GraphNode): number =>
    n.kind === 'pod' ? 0 : layout.nodes[n.id]?.parentId ? 1 : 2;
  const at = (n: GraphNode): LayoutBox | undefined => layout.nodes[n.id];
  return [...nodes].sort(
    (a, b) =>
      rank(a) - rank(b) || (at(a)?.y ?? 0) - (at(b)?.y ?? 0) || (at(a)?.x ?? 0) - (at(b)?.x ?? 0),
  );
}

/**
 * Where and how big a node is, and what it is called. The wrapper React Flow draws is the
 * node's labelled group; its title button inside is what takes the focus (NodeTitle).
 */
function placement(id: string, box: LayoutBox, ariaLabel: string, roleDescription: string) {
  const size = { width: box.width, height: box.height };
  return {
    id,
    position: { x: box.x, y: box.y },
    ...size,
    // The layout already knows every size and the cards render at it exactly: telling React
    // Flow up front lets edges and fitView work before the first measurement.
    measured: size,
    className: NODE_CLASS,
    ariaLabel,
    ariaRole: 'group' as const,
    domAttributes: { 'aria-roledescription': roleDescription },
    ...(box.parentId ? { parentId: box.parentId, extent: 'parent' as const } : {}),
  };
}

function mountsByContainer(graph: PodGraph): Map<string, MountLine[]> {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const out = new Map<string, MountLine[]>();
  for (const e of graph.edges) {
    if (e.kind !== 'mount') continue;
    const list = out.get(e.source) ?? [];
    list.push({
      mountPath: e.mountPath,
      volume: names.get(e.target) ?? e.target,
      readOnly: e.readOnly,
    });
    out.set(e.source, list);
  }
  return out;
}
