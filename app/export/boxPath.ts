// Geometry of CSS boxes as SVG: rounded corners the way CSS scales them, and the outline of a
// rounded rectangle as path data. Pure: no DOM.
import type { Corner } from './drawing';
import { num } from './xml';

export type Corners = readonly [Corner, Corner, Corner, Corner];

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const NONE: Corner = { rx: 0, ry: 0 };

/**
 * Corners that fit the box: CSS shrinks all radii by one factor when two corners on a side
 * would overlap (a `rounded-full` pill's huge radius becomes half its height).
 */
export function fitCorners(corners: Corners, width: number, height: number): Corners {
  const [tl, tr, br, bl] = corners.map((c) => ({ rx: Math.max(0, c.rx), ry: Math.max(0, c.ry) }));
  const ratio = (side: number, a: number, b: number): number => (a + b > side ? side / (a + b) : 1);
  const f = Math.min(
    ratio(width, tl.rx, tr.rx),
    ratio(width, bl.rx, br.rx),
    ratio(height, tl.ry, bl.ry),
    ratio(height, tr.ry, br.ry),
  );
  const scale = (c: Corner): Corner =>
    c.rx > 0 && c.ry > 0 ? { rx: c.rx * f, ry: c.ry * f } : NONE;
  return [scale(tl), scale(tr), scale(br), scale(bl)];
}

/** Corners moved inwards by the border widths (top, right, bottom, left): the inner edge. */
export function insetCorners(
  corners: Corners,
  [top, right, bottom, left]: readonly [number, number, number, number],
): Corners {
  const inset = (c: Corner, dx: number, dy: number): Corner =>
    c.rx - dx > 0 && c.ry - dy > 0 ? { rx: c.rx - dx, ry: c.ry - dy } : NONE;
  const [tl, tr, br, bl] = corners;
  return [
    inset(tl, left, top),
    inset(tr, right, top),
    inset(br, right, bottom),
    inset(bl, left, bottom),
  ];
}

/** Whether all four corners are the same (then an SVG `<rect rx ry>` draws them). */
export function sameCorners(corners: Corners): boolean {
  const [a] = corners;
  return corners.every((c) => c.rx === a.rx && c.ry === a.ry);
}

/** Path data of a rounded rectangle, clockwise from the top-left corner; corners already fit. */
export function roundedRectPath(box: Box, corners: Corners): string {
  const { x, y, width: w, height: h } = box;
  const [tl, tr, br, bl] = corners;
  const arc = (c: Corner, ex: number, ey: number): string =>
    c.rx > 0 && c.ry > 0 ? `A${num(c.rx)} ${num(c.ry)} 0 0 1 ${num(ex)} ${num(ey)}` : '';
  return [
    `M${num(x + tl.rx)} ${num(y)}`,
    `H${num(x + w - tr.rx)}`,
    arc(tr, x + w, y + tr.ry),
    `V${num(y + h - br.ry)}`,
    arc(br, x + w - br.rx, y + h),
    `H${num(x + bl.rx)}`,
    arc(bl, x, y + h - bl.ry),
    `V${num(y + tl.ry)}`,
    arc(tl, x + tl.rx, y),
    'Z',
  ].join('');
}
