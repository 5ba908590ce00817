// Per-render state on top of the mapped graph: dragged positions, selection, a finding's
// touched nodes, hover dimming. Nodes nothing applies to keep their identity, so React Flow
// skips them.
import type { XYPosition } from '@xyflow/react';
import type { ContainerState, StatusExplanation } from '../../src/lifecycle/types';
import type { Selection } from '../state/types';
import { inTrouble } from './containerStatus';
import type { Bright } from './dimming';
import type { FlowEdge, FlowNode, ReadyCount } from './flowTypes';

export interface CanvasState {
  positions: Readonly<Record<string, XYPosition>>;
  selection: Selection | null;
  touched: ReadonlySet<string>;
  /** What stays bright while a container is hovered; null when nothing is. */
  bright: Bright | null;
  hovered: string | null;
}

/** Marks what a hovered or focused container does not share; canvas.css draws it faded. */
export const DIMMED_CLASS = 'podscope-dimmed';

export function decorateNodes(nodes: readonly FlowNode[], s: CanvasState): FlowNode[] {
  const selectedId = s.selection?.kind === 'node' ? s.selection.id : undefined;
  const chip = s.selection?.kind === 'port' ? s.selection.key : undefined;
  return nodes.map((n): FlowNode => {
    const position = s.positions[n.id];
    const selected = n.id === selectedId;
    const touched = s.touched.has(n.id);
    const dimmed = s.bright !== null && !s.bright.nodes.has(n.id);
    const chipHere = n.type === 'network' && chip !== undefined;
    if (!position && !selected && !touched && !dimmed && !chipHere) return n;
    const patch: Partial<FlowNode> = {};
    if (position) patch.position = position;
    if (selected) patch.selected = true;
    if (dimmed) patch.className = `${n.className ?? ''} ${DIMMED_CLASS}`;
    const data: { touched?: boolean; selectedChip?: string } = {};
    if (touched) data.touched = true;
    if (chipHere) data.selectedChip = chip;
    return patched(n, patch, data);
  });
}

export function decorateEdges(edges: readonly FlowEdge[], s: CanvasState): FlowEdge[] {
  const selectedEdge = s.selection?.kind === 'edge' ? s.selection.id : undefined;
  const selectedNode = s.selection?.kind === 'node' ? s.selection.id : undefined;
  return edges.map((e): FlowEdge => {
    const kind = e.data?.edge.kind;
    const selected = e.id === selectedEdge;
    const dimmed = s.bright !== null && !s.bright.edges.has(e.id);
    // Member lines show the hovered or selected container's namespaces, or a selected hub's members.
    const reveal =
      kind === 'member' &&
      (e.source === s.hovered || e.source === selectedNode || e.target === selectedNode);
    if (!selected && !dimmed && !reveal) return e;
    const out: FlowEdge = { ...e };
    if (selected) out.selected = true;
    if (reveal) out.hidden = false;
    if (dimmed && e.data) {
      out.className = DIMMED_CLASS;
      out.data = { ...e.data, dimmed: true };
    }
    return out;
  });
}

/** The pod over time on the graph: the timeline's states and what the input's status says. */
export interface LifecycleState {
  /** Each container's state at the timeline's cursor, by name; null while no timeline is shown. */
  states: Readonly<Record<string, ContainerState>> | null;
  /** The status explanation of a `kubectl get pod -o yaml`; null without a status. */
  status: StatusExplanation | null;
}

/** Puts each container's state and status on its card, and the READY count on the frame. */
export function decorateLifecycle(nodes: FlowNode[], s: LifecycleState): FlowNode[] {
  if (!s.states && !s.status) return nodes;
  const statuses = new Map(s.status?.containers.map((c) => [c.name, c]));
  return nodes.map((n): FlowNode => {
    if (n.type === 'pod' && s.status) {
      const { readyContainers, totalContainers: total } = s.status;
      // Like kubectl's STATUS column: the first failing container's reason, else the phase.
      const failing = s.status.containers.find(inTrouble);
      const ready: ReadyCount = {
        ready: readyContainers,
        total,
        trouble: failing !== undefined,
        reason: failing?.reason,
      };
      return { ...n, data: { ...n.data, ready } };
    }
    if (n.type !== 'container') return n;
    const name = n.data.node.name;
    const state = s.states?.[name];
    const status = statuses.get(name);
    if (state === undefined && status === undefined) return n;
    return { ...n, data: { ...n.data, state, status } };
  });
}

function patched<T extends FlowNode>(n: T, patch: Partial<T>, data: Partial<T['data']>): T {
  return { ...n, ...patch, data: { ...n.data, ...data } };
}
