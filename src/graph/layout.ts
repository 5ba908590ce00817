// A deterministic layout for the pod graph, with no layout library: general-purpose layered
// layouts fight the fixed structure (a frame with hubs and lanes, things outside it), and the
// structure already says where everything goes.
//
// The layout uses the shape of the pane it is drawn into: it builds a few arrangements (container
// lanes wrapped at different widths, the hubs in one row or several, a referenced object beside
// its volume or under it, the node left of the frame or under it) and keeps the one that Fit
// shows biggest in that pane, so a wide graph is not squeezed into a tall pane.
//
// Coordinates follow React Flow's convention for sub-flows: a node with `parentId` has x/y
// relative to its parent's top-left corner; every other node's x/y are absolute. The pod frame
// is the only parent: namespace hubs and container cards are its children; the host node,
// volumes and referenced objects are absolute and lie outside it.
import type { ContainerRole } from '../model/types';
import { frameHeaderHeight } from './frameHeader';
import { isInjectedPlumbing } from './plumbing';
import {
  arrangeLanes,
  CARD_GAP,
  LANE_GAP,
  laneGrid,
  MAX_LANES_WIDTH,
  type Lane,
  type Rect,
} from './lanes';
import { anchorOf, placeRows, type Anchored } from './outside';
import { networkMinWidth, networkSize, nodeSize, type Density, type Size } from './sizes';
import type { ContainerNode, NamespaceNode, PodGraph, PodNode } from './types';

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
  /** The node (host), when drawn: left of the frame, or first in the row under it. */
  host: 'left' | 'below';
  /** Referenced objects lie beside their volumes (`beside`) or under them (`under`). */
  objects: 'beside' | 'under';
  /**
   * Some mount edge has to pass another container card on its way down out of the frame.
   */
  mountsCross: boolean;
  /** Height of the pod frame's title block (name, QoS, resources), which wraps in a narrow frame. */
  frameHeader: number;
  /** How much the cards show; their sizes follow from it. */
  density: Density;
}

/** The drawing area a layout is chosen for, in screen pixels. */
export interface Pane {
  width: number;
  height: number;
}

/** Padding inside the pod frame. */
export const FRAME_PADDING = 20;
/** Space between the frame and what lies below it (room for mount-path labels on edges). */
export const OUTSIDE_GAP = 80;
/** Space between volumes and the objects they refer to: those edges carry no label. */
export const REFERENCE_GAP = 32;
/** Fit never zooms in past this: a one-container pod is not blown up to fill a big screen. */
export const MAX_FIT_ZOOM = 1.4;
/** The pane assumed when none is known (exports, the command line): a 16:10 canvas. */
export const DEFAULT_PANE: Pane = { width: 1200, height: 750 };
const SECTION_GAP = 16;
const MIN_INNER_WIDTH = 440;
const ROLES: readonly ContainerRole[] = ['init', 'sidecar', 'app', 'ephemeral'];
const HUBS = ['ipc', 'uts', 'pid'];

/** Places every node of the graph for `pane`; the same graph and pane always get the same layout. */
export function layoutGraph(graph: PodGraph, pane: Pane = DEFAULT_PANE): GraphLayout {
  return pickLayout(layoutCandidates(graph), pane);
}

/** How far Fit zooms to show the whole layout in `pane`. */
export function fitZoom(layout: Pick<GraphLayout, 'width' | 'height'>, pane: Pane): number {
  if (layout.width <= 0 || layout.height <= 0) return MAX_FIT_ZOOM;
  return Math.min(MAX_FIT_ZOOM, pane.width / layout.width, pane.height / layout.height);
}

/** The share of the pane the pod frame takes at Fit: the larger of its width and height shares. */
export function frameShare(layout: GraphLayout, pane: Pane): number {
  const frame = layout.nodes.pod;
  if (!frame) return 1;
  const zoom = fitZoom(layout, pane);
  return Math.max((frame.width * zoom) / pane.width, (frame.height * zoom) / pane.height);
}

/**
 * The candidate Fit shows biggest in `pane`, preferring those whose pod frame fills most of the
 * pane in one direction (the frame is what the graph is about). Ties keep the earlier candidate.
 */
export function pickLayout(candidates: readonly GraphLayout[], pane: Pane): GraphLayout {
  let best = candidates[0];
  let bestScore = -Infinity;
  for (const c of candidates) {
    const zoom = fitZoom(c, pane);
    // Edges through cards and labels over them read badly: worth it only for a much bigger view.
    const score = zoom * (frameShare(c, pane) >= 0.6 ? 1 : 0.8) * (c.mountsCross ? 0.88 : 1);
    if (score > bestScore * 1.01) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** The arrangements worth comparing for this graph, in order of preference, without duplicates. */
export function layoutCandidates(graph: PodGraph, density: Density = 'full'): GraphLayout[] {
  const containers = graph.nodes.filter((n): n is ContainerNode => n.kind === 'container');
  const sized = containers.map((c) => ({ c, size: nodeSize(c, density) }));
  const members = ROLES.map((role) => laneMembers(role, sized));
  const colWidth = Math.max(0, ...sized.map((s) => s.size.width));
  const widths = new Set<number>([MAX_LANES_WIDTH]);
  const counts = ROLES.map((r) => containers.filter((c) => c.role === r).length).filter(
    (k) => k > 0,
  );
  // Every lane in one band; then the longest lane wrapped at each column count.
  widths.add(
    counts.reduce((sum, k) => sum + k * (colWidth + CARD_GAP) + LANE_GAP, -LANE_GAP - CARD_GAP),
  );
  // More columns than a lane ever takes (see laneGrid) would repeat the widest arrangement.
  const longest = Math.max(1, ...counts);
  const most = longest <= 6 ? longest : Math.max(6, Math.ceil(Math.sqrt(2 * longest)));
  for (let cols = most; cols >= 1; cols--) widths.add(cols * (colWidth + CARD_GAP) - CARD_GAP);
  // The hub bands wrapped after each of them.
  let bands = -CARD_GAP;
  for (const b of hubBands(graph, density)) widths.add((bands += b.width + CARD_GAP));
  const hosts: ('left' | 'below')[] = graph.nodes.some((n) => n.kind === 'host')
    ? ['left', 'below']
    : ['left'];
  const objects: ('under' | 'beside')[] = graph.nodes.some((n) => n.kind === 'object')
    ? ['under', 'beside']
    : ['under'];
  // Different lane widths often give the same frame: arrange each frame once.
  const shapes = new Map<string, FrameShape>();
  for (const lanesWidth of [...widths].sort((a, b) => b - a)) {
    const shape = frameShape(graph, members, lanesWidth, density);
    if (!shapes.has(shape.key)) shapes.set(shape.key, shape);
  }
  const out: GraphLayout[] = [];
  for (const shape of shapes.values())
    for (const o of objects)
      for (const host of hosts) out.push(arrange(graph, shape, { objects: o, host, density }));
  return out;
}

/** The container lanes and the frame's inner width for one lane width. */
interface FrameShape {
  lanes: Lane[];
  arranged: ReturnType<typeof arrangeLanes>;
  inner: number;
  bands: { node: NamespaceNode; width: number }[];
  key: string;
}

function frameShape(
  graph: PodGraph,
  members: readonly LaneMembers[],
  lanesWidth: number,
  density: Density,
): FrameShape {
  const lanes = members
    .filter((m) => m.cards.length > 0)
    .map((m) => laneGrid(m.role, m.cards, lanesWidth));
  const arranged = arrangeLanes(lanes, lanesWidth);
  const bands = hubBands(graph, density);
  const bandsWidth = bands.reduce((sum, b) => sum + b.width + CARD_GAP, -CARD_GAP);
  const inner = Math.max(
    MIN_INNER_WIDTH,
    arranged.width,
    Math.min(bandsWidth, lanesWidth),
    ...bands.map((b) => b.width),
  );
  const key = [
    inner,
    ...lanes.map((l) => `${l.width}x${l.height}`),
    ...arranged.origins.map((o) => `${o.x},${o.y}`),
  ].join(' ');
  return { lanes, arranged, inner, bands, key };
}

function arrange(
  graph: PodGraph,
  shape: FrameShape,
  placement: Pick<GraphLayout, 'objects' | 'host' | 'density'>,
): GraphLayout {
  const { objects: objectsAt } = placement;
  const { lanes, arranged, inner, bands } = shape;
  const boxes: Record<string, LayoutBox> = {};
  const pod = graph.nodes.find((n): n is PodNode => n.kind === 'pod');
  const frameHeader = pod ? frameHeaderHeight(pod, inner, placement.density) : 64;

  // Inside the frame, top to bottom: the hubs in rows (the network band stretching to fill its
  // row, the others taking the row's height so a row reads as one band), then the lanes.
  let y = frameHeader;
  for (const row of flowBands(bands, inner)) {
    const used = row.reduce((sum, b) => sum + b.width + CARD_GAP, -CARD_GAP);
    const sizes = row.map((b) =>
      b.node.name === 'network'
        ? networkSize(b.node, b.width + (inner - used), placement.density)
        : { width: b.width, height: nodeSize(b.node, placement.density).height },
    );
    const height = Math.max(...sizes.map((z) => z.height));
    let x = FRAME_PADDING;
    row.forEach((b, i) => {
      boxes[b.node.id] = { x, y, width: sizes[i].width, height, parentId: 'pod' };
      x += sizes[i].width + CARD_GAP;
    });
    y += height + CARD_GAP;
  }
  if (bands.length > 0) y += SECTION_GAP - CARD_GAP;
  else y += SECTION_GAP;
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

  // The host sits left of the frame, level with the hubs that link to it, or under the frame
  // at the start of the volumes' row.
  const host = graph.nodes.find((n) => n.kind === 'host');
  const hostLeft = host !== undefined && placement.host === 'left';
  const frameX = hostLeft ? nodeSize(host).width + OUTSIDE_GAP : 0;
  if (hostLeft) boxes[host.id] = { x: 0, y: frameHeader, ...nodeSize(host) };
  const frame = { x: frameX, y: 0, width: inner + 2 * FRAME_PADDING, height: frameHeight };
  boxes[pod?.id ?? 'pod'] = frame;

  const absolute = (id: string): Rect | undefined => {
    const b = boxes[id];
    if (!b) return undefined;
    return b.parentId ? { ...b, x: b.x + frame.x, y: b.y + frame.y } : b;
  };
  const top =
    Math.max(frame.y + frame.height, hostLeft ? boxes[host.id].y + boxes[host.id].height : 0) +
    OUTSIDE_GAP;
  const rowWidth = frame.x + frame.width;
  if (objectsAt === 'beside')
    Object.assign(boxes, placeBelow(graph, absolute, top, rowWidth, true).boxes);
  else {
    const volumes = placeBelow(graph, absolute, top, rowWidth, false, 'volume');
    Object.assign(boxes, volumes.boxes);
    const objects = placeBelow(
      graph,
      absolute,
      volumes.bottom + REFERENCE_GAP,
      rowWidth,
      false,
      'object',
    );
    Object.assign(boxes, objects.boxes);
  }

  let width = 0;
  let height = 0;
  for (const id of Object.keys(boxes)) {
    const b = absolute(id) as Rect;
    width = Math.max(width, b.x + b.width);
    height = Math.max(height, b.y + b.height);
  }
  return {
    nodes: boxes,
    width,
    height,
    lanes: laneBoxes,
    host: hostLeft || !host ? 'left' : 'below',
    mountsCross: crossing(graph, boxes),
    objects: objectsAt,
    frameHeader,
    density: placement.density,
  };
}

/** The containers of one role in run order, with their card sizes. */
interface LaneMembers {
  role: ContainerRole;
  cards: { id: string; size: Size }[];
}

function laneMembers(
  role: ContainerRole,
  sized: readonly { c: ContainerNode; size: Size }[],
): LaneMembers {
  const members = sized
    .map((s, i) => ({ ...s, i }))
    .filter(({ c }) => c.role === role)
    .sort((a, b) => a.c.runOrder - b.c.runOrder || a.i - b.i);
  return { role, cards: members.map(({ c, size }) => ({ id: c.id, size })) };
}

// Sources of the mount or reference edges into each node, indexed once per graph: every
// candidate arrangement asks for them.
const sourcesCache = new WeakMap<PodGraph, Map<string, string[]>>();

function sourcesInto(graph: PodGraph, via: 'mount' | 'reference', id: string): string[] {
  let index = sourcesCache.get(graph);
  if (!index) {
    index = new Map();
    for (const e of graph.edges)
      if (e.kind === 'mount' || e.kind === 'reference') {
        const key = `${e.kind}:${e.target}`;
        const list = index.get(key);
        if (list) list.push(e.source);
        else index.set(key, [e.source]);
      }
    sourcesCache.set(graph, index);
  }
  return index.get(`${via}:${id}`) ?? [];
}

function linkedTo(
  graph: PodGraph,
  via: 'mount' | 'reference',
  id: string,
  absolute: (id: string) => Rect | undefined,
): Rect[] {
  return sourcesInto(graph, via, id).flatMap((source) => absolute(source) ?? []);
}

/** True when a container that mounts something has another card between it and the volumes. */
function crossing(graph: PodGraph, boxes: Record<string, LayoutBox>): boolean {
  const cards = graph.nodes.filter((n) => n.kind === 'container').map((n) => boxes[n.id]);
  return graph.nodes.some((n) => {
    if (n.kind !== 'container' || !graph.edges.some((e) => e.kind === 'mount' && e.source === n.id))
      return false;
    const me = boxes[n.id];
    return cards.some(
      (other) =>
        other.y > me.y + me.height && other.x < me.x + me.width && other.x + other.width > me.x,
    );
  });
}

/** The namespace hubs inside the frame, network first, each at its narrowest. */
function hubBands(graph: PodGraph, density: Density): { node: NamespaceNode; width: number }[] {
  const namespaces = graph.nodes.filter((n): n is NamespaceNode => n.kind === 'namespace');
  const network = namespaces.find((n) => n.name === 'network');
  const hubs = HUBS.flatMap((name) => namespaces.filter((n) => n.name === name));
  return [
    ...(network ? [{ node: network, width: networkMinWidth(network, podIP(graph), density) }] : []),
    ...hubs.map((h) => ({ node: h, width: nodeSize(h, density).width })),
  ];
}

function podIP(graph: PodGraph): string | undefined {
  return graph.nodes.find((n): n is PodNode => n.kind === 'pod')?.podIP;
}

/** Hub bands in rows of at most `inner` px, in order. */
function flowBands<T extends { width: number }>(bands: readonly T[], inner: number): T[][] {
  const rows: T[][] = [];
  let x = 0;
  for (const b of bands) {
    const row = rows[rows.length - 1];
    if (row && x + b.width <= inner) row.push(b);
    else {
      rows.push([b]);
      x = 0;
    }
    x += b.width + CARD_GAP;
  }
  return rows;
}

/**
 * Volumes anchored under the containers that mount them, then objects under their volumes, or,
 * with `inline`, volumes and objects in one band, each object right after the volume that
 * refers to it.
 */
function placeBelow(
  graph: PodGraph,
  absolute: (id: string) => Rect | undefined,
  top: number,
  minRowWidth: number,
  inline: boolean,
  only?: 'volume' | 'object',
): { boxes: Record<string, LayoutBox>; bottom: number } {
  const volumes = graph.nodes.filter((n) => n.kind === 'volume');
  const anchors = new Map(
    volumes.map((n) => [n.id, anchorOf(linkedTo(graph, 'mount', n.id, absolute))]),
  );
  const items: Anchored[] = [];
  // A host drawn under the frame leads the volumes' row: host-path volumes sit right after it.
  const host = graph.nodes.find((n) => n.kind === 'host');
  if (host && only !== 'object' && !absolute(host.id))
    items.push({ id: host.id, size: nodeSize(host), anchor: -1e9 });
  // Services sit in the volumes' row under the containers whose ports they target.
  if (only !== 'object')
    for (const n of graph.nodes.filter((x) => x.kind === 'service'))
      items.push({
        id: n.id,
        size: nodeSize(n),
        anchor: anchorOf(
          graph.edges.flatMap((e) =>
            e.kind === 'targets' && e.source === n.id ? (absolute(e.target) ?? []) : [],
          ),
        ),
      });
  if (only !== 'object')
    for (const n of volumes)
      // Injected plumbing goes last, whoever mounts it.
      items.push({
        id: n.id,
        size: nodeSize(n),
        anchor: isInjectedPlumbing(n) ? undefined : anchors.get(n.id),
      });
  if (only === 'object' || inline)
    for (const n of graph.nodes.filter((x) => x.kind === 'object')) {
      const linked = sourcesInto(graph, 'reference', n.id);
      const anchor = inline
        ? linked.map((source) => anchors.get(source)).find((a) => a !== undefined)
        : anchorOf(linked.flatMap((source) => absolute(source) ?? []));
      // Just after its volume in the row's anchor order.
      items.push({
        id: n.id,
        size: nodeSize(n),
        anchor: anchor === undefined ? undefined : anchor + 0.5,
      });
    }
  if (items.length === 0) return { boxes: {}, bottom: top };
  const colWidth = Math.max(...items.map((i) => i.size.width));
  // Many volumes under a narrow frame: widen the rows so the block stays roughly square.
  const squareCols = Math.ceil(Math.sqrt(1.5 * items.length));
  const rowWidth = Math.max(minRowWidth, squareCols * (colWidth + CARD_GAP) - CARD_GAP);
  const placed = placeRows(items, top, rowWidth);
  const boxes: Record<string, LayoutBox> = {};
  for (const b of placed.boxes) boxes[b.id] = { x: b.x, y: b.y, width: b.width, height: b.height };
  return { boxes, bottom: placed.bottom };
}
