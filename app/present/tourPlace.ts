// Where the tour's card goes: beside the element it explains, never over it, always on screen.

export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Size {
  width: number;
  height: number;
}

const GAP = 14;
const MARGIN = 12;

/** The smallest box around all the boxes, or null when there are none. */
export function unionBoxes(boxes: readonly Box[]): Box | null {
  if (boxes.length === 0) return null;
  const left = Math.min(...boxes.map((b) => b.left));
  const top = Math.min(...boxes.map((b) => b.top));
  const right = Math.max(...boxes.map((b) => b.left + b.width));
  const bottom = Math.max(...boxes.map((b) => b.top + b.height));
  return { left, top, width: right - left, height: bottom - top };
}

const clamp = (v: number, lo: number, hi: number): number => Math.max(lo, Math.min(v, hi));

/**
 * The card's top-left corner: to the right of the target, else left, below, above (the first
 * side with room), aligned with the target and kept inside the viewport. Without a target the
 * card is centred.
 */
export function placeCard(
  target: Box | null,
  card: Size,
  view: Size,
): { left: number; top: number } {
  const maxLeft = Math.max(MARGIN, view.width - card.width - MARGIN);
  const maxTop = Math.max(MARGIN, view.height - card.height - MARGIN);
  if (!target) {
    return {
      left: clamp((view.width - card.width) / 2, MARGIN, maxLeft),
      top: clamp((view.height - card.height) / 2, MARGIN, maxTop),
    };
  }
  const right = target.left + target.width + GAP;
  const left = target.left - GAP - card.width;
  const below = target.top + target.height + GAP;
  const above = target.top - GAP - card.height;
  const alignTop = clamp(target.top, MARGIN, maxTop);
  const alignLeft = clamp(target.left, MARGIN, maxLeft);
  if (right + card.width + MARGIN <= view.width) return { left: right, top: alignTop };
  if (left >= MARGIN) return { left, top: alignTop };
  if (below + card.height + MARGIN <= view.height) return { left: alignLeft, top: below };
  if (above >= MARGIN) return { left: alignLeft, top: above };
  // No side has room (a target as big as the screen): the corner that covers least of it.
  return { left: maxLeft, top: maxTop };
}
