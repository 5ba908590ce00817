// Boxes outside the pod frame (volumes, referenced objects): rows under the frame, ordered by
// where the things linked to them sit, so edges run mostly straight down.
import { CARD_GAP, type Rect } from './lanes';
import type { Size } from './sizes';

export interface Anchored {
  id: string;
  size: Size;
  /** Mean x-centre of the boxes linked to this one; undefined when nothing links to it. */
  anchor?: number;
}

/** Orders items by anchor (unlinked last, in their own order). */
function byAnchor(items: readonly Anchored[]): Anchored[] {
  const indexed = items.map((item, i) => ({ item, i }));
  indexed.sort((a, b) => {
    const ax = a.item.anchor;
    const bx = b.item.anchor;
    if (ax === undefined || bx === undefined)
      return (ax === undefined ? 1 : 0) - (bx === undefined ? 1 : 0) || a.i - b.i;
    return ax - bx || a.i - b.i;
  });
  return indexed.map(({ item }) => item);
}

/**
 * Places items in rows starting at `top`, within `rowWidth` if it can. One row: each item as
 * close under its anchor as its left neighbour allows. More: a grid filled column by column,
 * so that left-to-right order still follows the anchors.
 */
export function placeRows(
  items: readonly Anchored[],
  top: number,
  rowWidth: number,
): { boxes: (Rect & { id: string })[]; bottom: number } {
  if (items.length === 0) return { boxes: [], bottom: top };
  const sorted = byAnchor(items);
  const colWidth = Math.max(...sorted.map((s) => s.size.width));
  const cols = Math.max(1, Math.floor((rowWidth + CARD_GAP) / (colWidth + CARD_GAP)));
  if (sorted.length <= cols) return singleRow(sorted, top, rowWidth);
  const rows = Math.ceil(sorted.length / cols);
  const rowTops: number[] = [];
  let y = top;
  for (let r = 0; r < rows; r++) {
    rowTops.push(y);
    const inRow = sorted.filter((_, i) => i % rows === r);
    y += Math.max(...inRow.map((s) => s.size.height)) + CARD_GAP;
  }
  // The grid as a whole sits under the mean anchor, as far as the left edge allows.
  const usedCols = Math.ceil(sorted.length / rows);
  const gridWidth = usedCols * (colWidth + CARD_GAP) - CARD_GAP;
  const anchors = sorted.flatMap((s) => (s.anchor === undefined ? [] : [s.anchor]));
  const mean = anchors.length > 0 ? anchors.reduce((a, b) => a + b, 0) / anchors.length : 0;
  const left = Math.max(0, Math.round(mean - gridWidth / 2));
  const boxes = sorted.map((s, i) => ({
    id: s.id,
    x: left + Math.floor(i / rows) * (colWidth + CARD_GAP),
    y: rowTops[i % rows],
    ...s.size,
  }));
  return { boxes, bottom: y - CARD_GAP };
}

function singleRow(
  sorted: readonly Anchored[],
  top: number,
  rowWidth: number,
): { boxes: (Rect & { id: string })[]; bottom: number } {
  const boxes: (Rect & { id: string })[] = [];
  let right = -CARD_GAP;
  for (const s of sorted) {
    const wanted = s.anchor === undefined ? 0 : Math.round(s.anchor - s.size.width / 2);
    const x = Math.max(wanted, right + CARD_GAP, 0);
    boxes.push({ id: s.id, x, y: top, ...s.size });
    right = x + s.size.width;
  }
  // Anchors near the right edge push the row past it: slide the row back, as far as the left
  // edge allows, rather than widen the drawing.
  const shift = Math.min(Math.max(0, right - rowWidth), boxes[0]?.x ?? 0);
  if (shift > 0) for (const b of boxes) b.x -= shift;
  return { boxes, bottom: top + Math.max(...sorted.map((s) => s.size.height)) };
}

/** Mean of the x-centres of `linked` boxes, or undefined when there are none. */
export function anchorOf(linked: readonly Rect[]): number | undefined {
  if (linked.length === 0) return undefined;
  return linked.reduce((sum, r) => sum + r.x + r.width / 2, 0) / linked.length;
}
