// Per-render state on top of the mapped graph: dragged positions, selection, a finding's
// touched nodes, hover dimming. Nodes nothing applies to keep their identity, so React Flow
// skips them.
import type { XYPosition } from '@xyflow/react';
import type { Selection } from '../state/types';
import type { Bright } from './dimming';
import type { FlowEdge, FlowNode } from './flowTypes';

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

function patched<T extends FlowNode>(n: T, patch: Partial<T>, data: Partial<T['data']>): T {
  return { ...n, ...patch, data: { ...n.data, ...data } };
}
