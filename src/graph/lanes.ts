// Container lanes inside the pod frame: one lane per role, cards in run order, wrapping into
// rows; lanes sit side by side and wrap onto a new band when the frame would grow too wide.
import type { ContainerRole } from '../model/types';
import type { Size } from './sizes';

/** Height of a lane's label ("INIT", "SIDECARS", …) above its cards. */
export const LANE_LABEL_HEIGHT = 24;
export const CARD_GAP = 16;
export const LANE_GAP = 40;
/** By default lanes wrap onto a new band past this width; a single lane wraps its cards to stay within it. */
export const MAX_LANES_WIDTH = 1600;
/** Up to this many cards sit in one row before a lane starts to wrap. */
const SINGLE_ROW = 6;
const MIN_LANE_WIDTH = 140;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Lane {
  role: ContainerRole;
  width: number;
  height: number;
  /** Card boxes relative to the lane's top-left corner, in the order given. */
  cards: (Rect & { id: string })[];
}

/** Lays out one lane's cards in reading order on a grid of equal columns. */
export function laneGrid(
  role: ContainerRole,
  cards: readonly { id: string; size: Size }[],
  maxWidth = MAX_LANES_WIDTH,
): Lane {
  const n = cards.length;
  const colWidth = Math.max(...cards.map((c) => c.size.width));
  const fit = Math.max(1, Math.floor((maxWidth + CARD_GAP) / (colWidth + CARD_GAP)));
  // Square-ish grids read better than one long row once a lane holds many cards.
  const wanted = n <= SINGLE_ROW ? n : Math.max(SINGLE_ROW, Math.ceil(Math.sqrt(2 * n)));
  const cols = Math.max(1, Math.min(n, fit, wanted));
  const placed: Lane['cards'] = [];
  let y = LANE_LABEL_HEIGHT;
  for (let start = 0; start < n; start += cols) {
    const row = cards.slice(start, start + cols);
    row.forEach((c, i) => placed.push({ id: c.id, x: i * (colWidth + CARD_GAP), y, ...c.size }));
    y += Math.max(...row.map((c) => c.size.height)) + CARD_GAP;
  }
  const width = Math.max(MIN_LANE_WIDTH, cols * colWidth + (cols - 1) * CARD_GAP);
  return { role, width, height: y - CARD_GAP, cards: placed };
}

/** Places lanes left to right, starting a new band when the next lane would pass the width cap. */
export function arrangeLanes(
  lanes: readonly Lane[],
  maxWidth = MAX_LANES_WIDTH,
): {
  origins: { x: number; y: number }[];
  width: number;
  height: number;
} {
  const origins: { x: number; y: number }[] = [];
  let x = 0;
  let y = 0;
  let bandHeight = 0;
  let width = 0;
  for (const lane of lanes) {
    if (x > 0 && x + lane.width > maxWidth) {
      y += bandHeight + LANE_GAP;
      x = 0;
      bandHeight = 0;
    }
    origins.push({ x, y });
    width = Math.max(width, x + lane.width);
    bandHeight = Math.max(bandHeight, lane.height);
    x += lane.width + LANE_GAP;
  }
  return { origins, width, height: lanes.length > 0 ? y + bandHeight : 0 };
}
