// A deterministic layout for the pod graph, with no layout library: general-purpose layered
// layouts fight the fixed structure (a frame with hubs and lanes, things outside it), and the
// structure already says where everything goes.
//
// Coordinates follow React Flow's convention for sub-flows: a node with `parentId` has x/y
// relative to its parent's top-left corner; every other node's x/y are absolute. The pod frame
// is the only parent: namespace hubs and container cards are its children; the host node,
// volumes and referenced objects are absolute and lie outside it.
import type { ContainerRole } from '../model/types';
import { arrangeLanes, CARD_GAP, laneGrid, type Lane, type Rect } from './lanes';
import { anchorOf, placeRows, type Anchored } from './outside';
import { hostSize, hubSize, networkSize, nodeSize } from './sizes';
import type { ContainerNode, GraphNode, NamespaceNode, PodGraph } from './types';

export interface LayoutBox extends Rect {
  parentId?: string;
}

/** A role lane inside the pod frame (relative to it), for drawing its label and divider. */
export interface LaneBox extends Rect {
  role: ContainerRole;
}

export interface GraphLayout {
  nodes: Record<string, LayoutBox>;
  /** Size of the whole drawing; every box lies within 0…width × 0…height. */
  width: number;
  height: number;
  lanes: LaneBox[];
}

/** Padding inside the pod frame, and the height of its title block (name, QoS, resources). */
export const FRAME_PADDING = 20;
export const FRAME_HEADER = 64;
/** Space between the frame and what lies outside it (room for mount-path labels on edges). */
export const OUTSIDE_GAP = 80;
const SECTION_GAP = 24;
const MIN_INNER_WIDTH = 480;
const ROLES: readonly ContainerRole[] = ['init', 'sidecar', 'app', 'ephemeral'];
const HUBS = ['ipc', 'uts', 'pid'];

/** Places every node of the graph; the same graph always gets the same layout. */
export function layoutGraph(graph: PodGraph): GraphLayout {
  const boxes: Record<string, LayoutBox> = {};
  const containers = graph.nodes.filter((n): n is ContainerNode => n.kind === 'container');
  const lanes = ROLES.map((role) => laneOf(role, containers)).filter(
    (l): l is Lane => l !== undefined,
  );
  const arranged = arrangeLanes(lanes);
  const namespaces = graph.nodes.filter((n): n is NamespaceNode => n.kind === 'namespace');
  const hubs = HUBS.flatMap((name) => namespaces.filter((n) => n.name === name));
  const hubSizes = hubs.map(hubSize);
  const hubRowWidth = hubSizes.reduce((sum, s) => sum + s.width + CARD_GAP, -CARD_GAP);
  const inner = Math.max(MIN_INNER_WIDTH, arranged.width, hubRowWidth);

  // Inside the frame, top to bottom: network band, the other hubs, the lanes.
  let y = FRAME_HEADER;
  const network = namespaces.find((n) => n.name === 'network');
  if (network) {
    const size = networkSize(network, inner);
    boxes[network.id] = { x: FRAME_PADDING, y, ...size, parentId: 'pod' };
    y += size.height + CARD_GAP;
  }
  let x = FRAME_PADDING;
  hubs.forEach((hub, i) => {
    boxes[hub.id] = { x, y, ...hubSizes[i], parentId: 'pod' };
    x += hubSizes[i].width + CARD_GAP;
  });
  if (hubs.length > 0) y += Math.max(...hubSizes.map((s) => s.height)) + CARD_GAP;
  y += SECTION_GAP - CARD_GAP;
  const laneBoxes: LaneBox[] = lanes.map((lane, i) => {
    const origin = { x: FRAME_PADDING + arranged.origins[i].x, y: y + arranged.origins[i].y };
    for (const c of lane.cards)
      boxes[c.id] = {
        x: origin.x + c.x,
        y: origin.y + c.y,
        width: c.width,
        height: c.height,
        parentId: 'pod',
      };
    return { role: lane.role, ...origin, width: lane.width, height: lane.height };
  });
  const frameHeight = y + arranged.height + FRAME_PADDING;

  // The host sits left of the frame, level with the hubs that link to it.
  const host = graph.nodes.find((n) => n.kind === 'host');
  const frameX = host ? hostSize(host).width + OUTSIDE_GAP : 0;
  if (host) boxes[host.id] = { x: 0, y: FRAME_HEADER, ...hostSize(host) };
  const pod = graph.nodes.find((n) => n.kind === 'pod');
  const frame = { x: frameX, y: 0, width: inner + 2 * FRAME_PADDING, height: frameHeight };
  boxes[pod?.id ?? 'pod'] = frame;

  const absolute = (id: string): Rect | undefined => {
    const b = boxes[id];
    if (!b) return undefined;
    return b.parentId ? { ...b, x: b.x + frame.x, y: b.y + frame.y } : b;
  };
  const volumes = placeOutside(
    graph,
    'volume',
    'mount',
    absolute,
    Math.max(frame.y + frame.height, host ? boxes[host.id].y + boxes[host.id].height : 0) +
      OUTSIDE_GAP,
    frame.x + frame.width,
  );
  Object.assign(boxes, volumes.boxes);
  const objects = placeOutside(
    graph,
    'object',
    'reference',
    absolute,
    volumes.bottom + OUTSIDE_GAP,
    frame.x + frame.width,
  );
  Object.assign(boxes, objects.boxes);

  let width = 0;
  let height = 0;
  for (const id of Object.keys(boxes)) {
    const b = absolute(id) as Rect;
    width = Math.max(width, b.x + b.width);
    height = Math.max(height, b.y + b.height);
  }
  return { nodes: boxes, width, height, lanes: laneBoxes };
}

function laneOf(role: ContainerRole, containers: readonly ContainerNode[]): Lane | undefined {
  const members = containers
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.role === role)
    .sort((a, b) => a.c.runOrder - b.c.runOrder || a.i - b.i);
  if (members.length === 0) return undefined;
  return laneGrid(
    role,
    members.map(({ c }) => ({ id: c.id, size: nodeSize(c) })),
  );
}

// Volumes (anchored under the containers that mount them) or objects (under their volumes).
function placeOutside(
  graph: PodGraph,
  kind: 'volume' | 'object',
  via: 'mount' | 'reference',
  absolute: (id: string) => Rect | undefined,
  top: number,
  minRowWidth: number,
): { boxes: Record<string, LayoutBox>; bottom: number } {
  const nodes = graph.nodes.filter((n): n is GraphNode => n.kind === kind);
  if (nodes.length === 0) return { boxes: {}, bottom: top - OUTSIDE_GAP };
  const items: Anchored[] = nodes.map((n) => {
    const linked = graph.edges
      .filter((e) => e.kind === via && e.target === n.id)
      .flatMap((e) => absolute(e.source) ?? []);
    return { id: n.id, size: nodeSize(n), anchor: anchorOf(linked) };
  });
  const colWidth = Math.max(...items.map((i) => i.size.width));
  // Many volumes under a narrow frame: widen the rows so the block stays roughly square.
  const squareCols = Math.ceil(Math.sqrt(1.5 * items.length));
  const rowWidth = Math.max(minRowWidth, squareCols * (colWidth + CARD_GAP) - CARD_GAP);
  const placed = placeRows(items, top, rowWidth);
  const boxes: Record<string, LayoutBox> = {};
  for (const b of placed.boxes) boxes[b.id] = { x: b.x, y: b.y, width: b.width, height: b.height };
  return { boxes, bottom: placed.bottom };
}
