// How big each node is drawn, from its content. The page renders nodes at these sizes, so the
// numbers are its type scale.
//
// A container card has two levels of detail in one box. The overview is what a card says at Fit:
// name, image, resource bars and key badges, all at TYPE.text or larger, so that text stays
// legible when the whole pod is fitted into a small pane or onto a projector. The details (every
// port, mount, probe and flag) are set in small type and shown once the canvas is zoomed in to
// DETAIL_ZOOM, where small type is big on screen. The box is as tall as the taller of the two.
//
// Presentation mode draws the pod `compact`: a container card is its name and key badges only,
// so that the whole pod fits a projector in type a room can read. The caption of each step of
// the walk says the rest.
import { BADGE_GAP, LITERAL_BADGES, overviewBadges, type OverviewBadge } from './badges';
import { textWidth, widest, wrappedLines } from './text';
import type {
  ContainerNode,
  GraphNode,
  HostNode,
  NamespaceNode,
  PortChip,
  ServiceNode,
  VolumeNode,
} from './types';

/** Font sizes in graph units. TYPE.text is the floor for everything shown at the overview. */
export const TYPE = { title: 17, text: 14, detail: 10 } as const;
/** Bold titles run wider than the regular estimate. */
const BOLD = 1.08;
export const TITLE_HEIGHT = 26;
export const LINE_HEIGHT = 20;
export const DETAIL_LINE_HEIGHT = 13;
/** From this zoom on, cards show their details (10 px type is 15 px on screen there). */
export const DETAIL_ZOOM = 1.5;
/** Padding inside a card, on each side (border included). */
export const CARD_PADDING = 12;
/** At most this many lines per list (ports, mounts…) on a card; the rest reads "+N more". */
export const MAX_LIST_LINES = 5;
export const CHIP_HEIGHT = 28;
export const CHIP_GAP = 8;
/** The findings count badge in a title row, and the numbered step of an init container. */
export const BADGE_WIDTH = 34;
export const STEP_WIDTH = 30;
/** The colour strip on a container card's left edge. */
const STRIP = 4;
/** Room for a resource bar itself, between its label and its numbers. */
const BAR_LABEL = 36;
const BAR_MIN = 44;

/** How much each card shows: everything (`full`), or its name and key badges (`compact`). */
export type Density = 'full' | 'compact';

export interface Size {
  width: number;
  height: number;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function listLines(count: number): number {
  return count > MAX_LIST_LINES ? MAX_LIST_LINES + 1 : count;
}

/** The numbers after a resource bar, as the card prints them: `500m/1`, `–/no limit`. */
export function barNumbers(request: string | undefined, limit: string | undefined): string {
  return `${request ?? '–'}/${limit ?? 'no limit'}`;
}

/** Width of one overview badge pill, with room for a translation a fifth wider than the English. */
export function badgeWidth(b: Pick<OverviewBadge, 'kind' | 'text'>): number {
  const room = LITERAL_BADGES.has(b.kind) ? 1 : 1.2;
  return Math.ceil(textWidth(b.text, TYPE.text) * room) + 18;
}

/** Rows that pills of `widths` take when they wrap inside `inner` px. */
export function pillRows(widths: readonly number[], inner: number, gap: number): number {
  let rows = widths.length > 0 ? 1 : 0;
  let x = 0;
  for (const raw of widths) {
    const w = Math.min(raw, inner);
    if (x > 0 && x + w > inner) {
      rows += 1;
      x = 0;
    }
    x += w + gap;
  }
  return rows;
}

/** Lines of the detail view (the same lines cardLines.ts renders on the page). */
export function detailLineCount(n: ContainerNode): number {
  let lines = 1; // image
  if (n.role !== 'ephemeral') lines += 2; // cpu and memory bars
  lines += listLines(n.ports.length) + listLines(n.mounts);
  if (n.probes.length > 0) lines += 1;
  if (n.security.length > 0) lines += 1;
  if (n.wellKnown !== undefined || n.targetContainerName !== undefined) lines += 1;
  if (n.restartCount !== undefined || n.lastTerminationReason !== undefined) lines += 1;
  return lines;
}

/** Inner width of a container card: the text column between the strip and the padding. */
export function containerInner(width: number): number {
  return width - 2 * CARD_PADDING - STRIP;
}

/** Room for the name in a card's title row. */
export function titleRoom(inner: number, n: ContainerNode): number {
  return inner - (n.severity ? BADGE_WIDTH : 0) - (n.initStep !== undefined ? STEP_WIDTH : 0);
}

/** Lines of the container card's overview under its title: image, bars, badge rows. */
export function overviewLines(n: ContainerNode, inner: number): number {
  const badges = overviewBadges(n).map(badgeWidth);
  return 1 + (n.role === 'ephemeral' ? 0 : 2) + pillRows(badges, inner, BADGE_GAP);
}

/** A container card: wide enough for its name, bars and badges; as tall as its longer view. */
export function containerSize(n: ContainerNode, density: Density = 'full'): Size {
  if (density === 'compact') return compactContainerSize(n);
  const numbers = ['cpu', 'memory'].map((r) =>
    barNumbers(n.resources.requests[r], n.resources.limits[r]),
  );
  const bars = BAR_LABEL + BAR_MIN + widest(TYPE.text, ...numbers) + 12;
  const badges = overviewBadges(n).map(badgeWidth);
  const name =
    textWidth(n.name, TYPE.title * BOLD) +
    (n.severity ? BADGE_WIDTH : 0) +
    (n.initStep !== undefined ? STEP_WIDTH : 0);
  const wanted = Math.max(name, bars, ...badges);
  const width = clamp(Math.ceil(wanted) + 2 * CARD_PADDING + STRIP, 232, 340);
  const inner = containerInner(width);
  const titleLines = wrappedLines(n.name, TYPE.title * BOLD, titleRoom(inner, n));
  const overview = overviewLines(n, inner) * LINE_HEIGHT;
  const detail = detailLineCount(n) * DETAIL_LINE_HEIGHT;
  return {
    width,
    height: 2 * CARD_PADDING + titleLines * TITLE_HEIGHT + Math.max(overview, detail),
  };
}

/** A compact container card: its name and, under it, its key badges. */
function compactContainerSize(n: ContainerNode): Size {
  const badges = overviewBadges(n).map(badgeWidth);
  const name =
    textWidth(n.name, TYPE.title * BOLD) +
    (n.severity ? BADGE_WIDTH : 0) +
    (n.initStep !== undefined ? STEP_WIDTH : 0);
  const width = clamp(Math.ceil(Math.max(name, ...badges)) + 2 * CARD_PADDING + STRIP, 180, 340);
  const inner = containerInner(width);
  const titleLines = wrappedLines(n.name, TYPE.title * BOLD, titleRoom(inner, n));
  return {
    width,
    height:
      2 * CARD_PADDING +
      titleLines * TITLE_HEIGHT +
      pillRows(badges, inner, BADGE_GAP) * LINE_HEIGHT,
  };
}

/** The text lines of a volume card under its title (the page prints the same). */
export function volumeTexts(n: VolumeNode): string[] {
  const lines = [[n.type, n.medium, n.sizeLimit ?? n.storage].filter(Boolean).join(' · ')];
  if (n.reference !== undefined) lines.push(n.reference);
  if (n.shared) lines.push(`shared by ${n.mountedBy.length} containers`);
  return lines;
}

/** A card with a title and `lines` lines of text, the title wrapping when it must. */
function card(n: { name: string; severity?: unknown }, icon: number, lines: string[]): Size {
  const title = textWidth(n.name, TYPE.title * BOLD) + icon + (n.severity ? BADGE_WIDTH : 0);
  // Lines that are paths or references shorten in the middle past the cap; names wrap.
  const width = clamp(Math.max(title, widest(TYPE.text, ...lines)) + 2 * CARD_PADDING, 180, 340);
  const room = width - 2 * CARD_PADDING - icon - (n.severity ? BADGE_WIDTH : 0);
  const titleLines = wrappedLines(n.name, TYPE.title * BOLD, room);
  return {
    width,
    height: 2 * CARD_PADDING + titleLines * TITLE_HEIGHT + lines.length * LINE_HEIGHT,
  };
}

/** A volume: name, then type, reference and "shared by N" lines. */
export function volumeSize(n: VolumeNode): Size {
  return card(n, 24, volumeTexts(n));
}

/** The text of a port chip: `8080/TCP web`. */
export function chipText(chip: PortChip): string {
  return `${chip.port}/${chip.protocol} ${chip.container}`;
}

/**
 * A Service card's lines under its name, as the page prints them (English, the longer
 * language): its type, its selector, then a line per port (at most MAX_LIST_LINES).
 */
export function serviceTexts(n: ServiceNode): string[] {
  const ports = n.ports.map(
    (p) =>
      `${p.port ?? '?'} → ${p.containerPort ?? p.targetPort ?? p.port ?? '?'}/${p.protocol} ${p.container ?? '(not declared)'}`,
  );
  const shown =
    ports.length > MAX_LIST_LINES ? [...ports.slice(0, MAX_LIST_LINES - 1), '+N more'] : ports;
  return [`Service · ${n.type}`, n.selector, ...shown];
}

/** Width of one port chip. */
export function chipWidth(chip: PortChip): number {
  return textWidth(chipText(chip), TYPE.text) + (chip.clash ? 46 : 30);
}

/** Rows the chips need when they wrap inside `innerWidth`. */
export function chipRows(chips: readonly PortChip[], innerWidth: number): number {
  return pillRows(chips.map(chipWidth), innerWidth, CHIP_GAP);
}

/**
 * Whether a hub says what it shares under its title. The compact network hub leaves "one IP,
 * one localhost" to the walk's caption (its port chips say the rest), unless it is the node's
 * own network: that line is the warning. The other hubs are as tall as the network's row anyway.
 */
export function hubExplains(n: NamespaceNode, density: Density): boolean {
  return density === 'full' || n.scope === 'host' || n.name !== 'network';
}

/** The narrowest the network hub may be: its title line, or its widest chip. */
export function networkMinWidth(
  n: NamespaceNode,
  podIP?: string,
  density: Density = 'full',
): number {
  const chips = (n.ports ?? []).map(chipWidth);
  const title = textWidth('Network', TYPE.title * BOLD) + BADGE_WIDTH;
  const explanation = widest(
    TYPE.text,
    !hubExplains(n, density)
      ? ''
      : n.scope === 'host'
        ? 'the node’s network'
        : podIP !== undefined
          ? `one IP (${podIP}), one localhost`
          : 'one IP, one localhost',
    'no ports declared',
  );
  return Math.max(title, explanation, ...chips) + 2 * CARD_PADDING;
}

/**
 * The network hub: title and explanation, then its chips wrapping into rows, or a line saying
 * there are none.
 */
export function networkSize(n: NamespaceNode, width: number, density: Density = 'full'): Size {
  const rows = chipRows(n.ports ?? [], width - CARD_PADDING * 2);
  const chips = rows > 0 ? rows * (CHIP_HEIGHT + CHIP_GAP) : LINE_HEIGHT;
  const explanation = hubExplains(n, density) ? LINE_HEIGHT : 0;
  return { width, height: CARD_PADDING * 2 + TITLE_HEIGHT + explanation + chips };
}

/** The line under a hub's title, as the page prints it (English, the longer language). */
function hubLine(n: NamespaceNode): string {
  if (n.scope === 'host')
    return {
      network: 'the node’s network',
      ipc: 'the node’s IPC',
      uts: 'the node’s hostname',
      pid: 'the node’s processes',
    }[n.name];
  if (n.name === 'uts') return `hostname: ${n.hostname ?? 'the pod’s name'}`;
  return n.name === 'pid' ? 'one process tree' : 'shared memory, semaphores';
}

/** The ipc, uts and pid hubs: a title and one line of explanation (uts: the hostname). */
export function hubSize(n: NamespaceNode, density: Density = 'full'): Size {
  const explains = hubExplains(n, density);
  const width = clamp(
    Math.max(
      explains ? textWidth(hubLine(n), TYPE.text) : 0,
      textWidth('IPC namespace', TYPE.title * BOLD),
    ) +
      2 * CARD_PADDING +
      (n.severity ? BADGE_WIDTH : 0),
    explains ? 200 : 160,
    380,
  );
  return { width, height: 2 * CARD_PADDING + TITLE_HEIGHT + (explains ? LINE_HEIGHT : 0) };
}

export function hostSize(n: HostNode): Size {
  const shown = n.uses.length > MAX_LIST_LINES ? n.uses.slice(0, MAX_LIST_LINES) : n.uses;
  const lines = n.uses.length > MAX_LIST_LINES ? [...shown, '+N more'] : shown;
  return card({ name: 'Node (host)', severity: n.severity }, 24, lines);
}

// Graph nodes do not change once built, and the layout asks for each size once per candidate
// arrangement: measure each node once per density.
const sizeCache: Record<Density, WeakMap<GraphNode, Size>> = {
  full: new WeakMap(),
  compact: new WeakMap(),
};

/** The size of any node drawn as a box of its own (not the pod frame or the network hub). */
export function nodeSize(n: GraphNode, density: Density = 'full'): Size {
  let size = sizeCache[density].get(n);
  if (!size) {
    size = measure(n, density);
    sizeCache[density].set(n, size);
  }
  return size;
}

function measure(n: GraphNode, density: Density): Size {
  switch (n.kind) {
    case 'container':
      return containerSize(n, density);
    case 'volume':
      return volumeSize(n);
    case 'namespace':
      return hubSize(n, density);
    case 'host':
      return hostSize(n);
    case 'object':
      return card(n, 0, [`${n.objectKind} · document ${n.document + 1}`]);
    case 'service':
      return card(n, 24, serviceTexts(n));
    case 'pod':
      return { width: 320, height: 2 * CARD_PADDING + TITLE_HEIGHT + 2 * LINE_HEIGHT };
  }
}
