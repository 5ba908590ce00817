// Arrow-key movement between cards that the browser lays out in a wrapping grid. The column
// count depends on the viewport, so rows are read from the cards' positions, not assumed.

/** Where a card is on screen (its bounding box's top-left corner, in CSS pixels). */
export interface CardBox {
  left: number;
  top: number;
}

// Cards in one row can differ in top by sub-pixel rounding.
const SAME_ROW = 2;

/** The index an arrow, Home or End key moves focus to, or null when it does not move. */
export function moveInGrid(boxes: readonly CardBox[], from: number, key: string): number | null {
  const last = boxes.length - 1;
  if (last < 0 || from < 0 || from > last) return null;
  switch (key) {
    case 'ArrowRight':
      return from < last ? from + 1 : null;
    case 'ArrowLeft':
      return from > 0 ? from - 1 : null;
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'ArrowDown':
      return nearestInRow(boxes, from, 1);
    case 'ArrowUp':
      return nearestInRow(boxes, from, -1);
    default:
      return null;
  }
}

// The card in the next row (direction 1) or previous row (-1) closest to the current column.
function nearestInRow(boxes: readonly CardBox[], from: number, direction: 1 | -1): number | null {
  const here = boxes[from];
  const beyond = boxes
    .map((box, index) => ({ box, index }))
    .filter(({ box }) => (box.top - here.top) * direction > SAME_ROW);
  if (beyond.length === 0) return null;
  const rowTop =
    direction === 1
      ? Math.min(...beyond.map(({ box }) => box.top))
      : Math.max(...beyond.map(({ box }) => box.top));
  const row = beyond.filter(({ box }) => Math.abs(box.top - rowTop) <= SAME_ROW);
  row.sort((a, b) => Math.abs(a.box.left - here.left) - Math.abs(b.box.left - here.left));
  return row[0].index;
}
