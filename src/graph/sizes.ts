// How big each node is drawn, from its content. The page renders nodes at these sizes, so the
// numbers follow its type scale: 13px text (about 7px a character), 18px lines.
import type {
  ContainerNode,
  GraphNode,
  HostNode,
  NamespaceNode,
  PortChip,
  VolumeNode,
} from './types';

export interface Size {
  width: number;
  height: number;
}

export const CHAR_WIDTH = 7;
export const LINE_HEIGHT = 18;
/** Padding inside a card, on each side. */
export const CARD_PADDING = 12;
/** Height of a card's title line. */
export const TITLE_HEIGHT = 24;
/** At most this many lines per list (ports, mounts…) on a card; the rest reads "+N more". */
export const MAX_LIST_LINES = 5;
export const CHIP_HEIGHT = 24;
export const CHIP_GAP = 8;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

function textWidth(...texts: (string | undefined)[]): number {
  return Math.max(0, ...texts.map((t) => (t ?? '').length)) * CHAR_WIDTH;
}

function listLines(count: number): number {
  return count > MAX_LIST_LINES ? MAX_LIST_LINES + 1 : count;
}

function card(width: number, lines: number): Size {
  return {
    width: Math.round(width),
    height: CARD_PADDING * 2 + TITLE_HEIGHT + lines * LINE_HEIGHT,
  };
}

/** A container card: name and image, then one line per port, mount, and a line each for resources, probes, security. */
export function containerSize(n: ContainerNode): Size {
  const width = clamp(textWidth(n.name, n.image) + CARD_PADDING * 2 + 56, 180, 320);
  let lines = 1; // image
  if (n.role !== 'ephemeral') lines += 2; // cpu and memory bars
  lines += listLines(n.ports.length) + listLines(n.mounts);
  if (n.probes.length > 0) lines += 1;
  if (n.security.length > 0) lines += 1;
  if (n.wellKnown !== undefined || n.targetContainerName !== undefined) lines += 1;
  if (n.restartCount !== undefined || n.lastTerminationReason !== undefined) lines += 1;
  return card(width, lines);
}

/** A volume: name, then type, reference, size and "shared by N" lines. */
export function volumeSize(n: VolumeNode): Size {
  const typeLine = [n.type, n.medium, n.sizeLimit ?? n.storage].filter(Boolean).join(' · ');
  const width = clamp(textWidth(n.name, typeLine, n.reference) + CARD_PADDING * 2 + 24, 160, 320);
  let lines = 1;
  if (n.reference !== undefined) lines += 1;
  if (n.shared) lines += 1;
  return card(width, lines);
}

/** Width of one port chip: `8080/TCP web`. */
export function chipWidth(chip: PortChip): number {
  return textWidth(`${chip.port}/${chip.protocol} ${chip.container}`) + 28;
}

/** Rows the chips need when they wrap inside `innerWidth`. */
export function chipRows(chips: readonly PortChip[], innerWidth: number): number {
  let rows = chips.length > 0 ? 1 : 0;
  let x = 0;
  for (const chip of chips) {
    const w = Math.min(chipWidth(chip), innerWidth);
    if (x > 0 && x + w > innerWidth) {
      rows += 1;
      x = 0;
    }
    x += w + CHIP_GAP;
  }
  return rows;
}

/** The network hub spans the frame; it grows by a row of chips as they wrap. */
export function networkSize(n: NamespaceNode, width: number): Size {
  const rows = chipRows(n.ports ?? [], width - CARD_PADDING * 2);
  return { width, height: CARD_PADDING * 2 + TITLE_HEIGHT + rows * (CHIP_HEIGHT + CHIP_GAP) };
}

/** The ipc, uts and pid hubs: a title and one line of explanation (uts: the hostname). */
export function hubSize(n: NamespaceNode): Size {
  const explanation =
    n.name === 'uts' ? `hostname: ${n.hostname ?? 'the node’s'}` : 'shared memory, semaphores';
  return card(clamp(textWidth(explanation) + CARD_PADDING * 2 + 48, 200, 360), 1);
}

export function hostSize(n: HostNode): Size {
  return card(clamp(textWidth(...n.uses) + CARD_PADDING * 2, 180, 320), listLines(n.uses.length));
}

/** The size of any node drawn as a box of its own (not the pod frame or the network hub). */
export function nodeSize(n: GraphNode): Size {
  switch (n.kind) {
    case 'container':
      return containerSize(n);
    case 'volume':
      return volumeSize(n);
    case 'namespace':
      return hubSize(n);
    case 'host':
      return hostSize(n);
    case 'object':
      return card(clamp(textWidth(n.name, n.objectKind) + CARD_PADDING * 2, 160, 320), 1);
    case 'pod':
      return card(320, 2);
  }
}
