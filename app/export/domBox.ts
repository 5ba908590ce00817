// An HTML element's background and border, read from its computed style, in graph units. Boxes
// inside an element that clips its overflow (a card with rounded corners) are cut to it and take
// its corners where they touch them, as the browser draws them.
import type { Rect } from './rect';
import { insetCorners, type Corners } from './boxPath';
import { isVisibleColor } from './color';
import type { BoxShape, Corner, Side } from './drawing';

/** The area an element clips its descendants to, in graph units. */
export interface Clip {
  rect: Rect;
  corners: Corners;
}

function length(token: string | undefined, full: number): number {
  if (!token) return 0;
  const n = parseFloat(token);
  if (!Number.isFinite(n)) return 0;
  return token.endsWith('%') ? (n / 100) * full : n;
}

function corners(s: CSSStyleDeclaration, width: number, height: number): Corners {
  const read = (corner: string): Corner => {
    const [rx, ry = rx] = s.getPropertyValue(`border-${corner}-radius`).split(/\s+/);
    return { rx: length(rx, width), ry: length(ry, height) };
  };
  return [read('top-left'), read('top-right'), read('bottom-right'), read('bottom-left')];
}

function sides(s: CSSStyleDeclaration): [Side, Side, Side, Side] {
  const read = (side: string): Side => ({
    width: parseFloat(s.getPropertyValue(`border-${side}-width`)) || 0,
    color: s.getPropertyValue(`border-${side}-color`),
    style: s.getPropertyValue(`border-${side}-style`),
  });
  return [read('top'), read('right'), read('bottom'), read('left')];
}

function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const width = Math.min(a.x + a.width, b.x + b.width) - x;
  const height = Math.min(a.y + a.height, b.y + b.height) - y;
  return width > 0 && height > 0 ? { x, y, width, height } : null;
}

const NEAR = 0.5;

// A box reaching into a corner of its clip is rounded like that corner.
function clipCorners(own: Corners, r: Rect, clip: Clip): Corners {
  const c = clip.rect;
  const at = [
    r.x <= c.x + NEAR && r.y <= c.y + NEAR,
    r.x + r.width >= c.x + c.width - NEAR && r.y <= c.y + NEAR,
    r.x + r.width >= c.x + c.width - NEAR && r.y + r.height >= c.y + c.height - NEAR,
    r.x <= c.x + NEAR && r.y + r.height >= c.y + c.height - NEAR,
  ];
  return own.map((corner, i) => {
    const outer = clip.corners[i];
    if (!at[i] || outer.rx <= corner.rx) return corner;
    return { rx: Math.min(outer.rx, r.width), ry: Math.min(outer.ry, r.height) };
  }) as unknown as Corners;
}

/** The element's box as a shape; null when it paints nothing or lies outside its clip. */
export function domBox(
  s: CSSStyleDeclaration,
  rect: Rect,
  opacity: number,
  clip: Clip | null,
): BoxShape | null {
  if (rect.width <= 0 || rect.height <= 0) return null;
  const border = sides(s);
  const shown =
    isVisibleColor(s.backgroundColor) || border.some((b) => b.width > 0 && isVisibleColor(b.color));
  if (!shown) return null;
  const r = clip ? intersect(rect, clip.rect) : rect;
  if (!r) return null;
  const own = corners(s, rect.width, rect.height);
  return {
    type: 'box',
    ...r,
    fill: s.backgroundColor,
    corners: clip ? clipCorners(own, r, clip) : own,
    sides: border,
    opacity,
  };
}

/**
 * The element's outline as a box around it (compare mode draws a card's change there), or null.
 * Outlines take no room and follow the border's corners, grown by their offset.
 */
export function domOutline(s: CSSStyleDeclaration, rect: Rect, opacity: number): BoxShape | null {
  const width = parseFloat(s.outlineWidth) || 0;
  const style = s.outlineStyle;
  if (width <= 0 || style === 'none' || !isVisibleColor(s.outlineColor)) return null;
  // The stroke is drawn inside the box's edge, as a border is: the box reaches its outer edge.
  const grow = (parseFloat(s.outlineOffset) || 0) + width;
  const side: Side = { width, color: s.outlineColor, style };
  const own = corners(s, rect.width, rect.height);
  return {
    type: 'box',
    x: rect.x - grow,
    y: rect.y - grow,
    width: rect.width + 2 * grow,
    height: rect.height + 2 * grow,
    fill: 'transparent',
    corners: own.map((c) =>
      c.rx > 0 || c.ry > 0 ? { rx: c.rx + grow, ry: c.ry + grow } : c,
    ) as unknown as Corners,
    sides: [side, side, side, side],
    opacity,
  };
}

/**
 * What an element that clips its overflow clips its descendants to: its padding box, within the
 * clip it is in itself. Null when nothing inside can show (a 1-pixel screen-reader-only box).
 */
export function childClip(s: CSSStyleDeclaration, rect: Rect, outer: Clip | null): Clip | null {
  const [t, r, b, l] = sides(s).map((side) => side.width);
  const padding = {
    x: rect.x + l,
    y: rect.y + t,
    width: rect.width - l - r,
    height: rect.height - t - b,
  };
  if (padding.width <= 1 && padding.height <= 1) return null;
  const inside = outer ? intersect(padding, outer.rect) : padding;
  if (!inside) return null;
  return { rect: inside, corners: insetCorners(corners(s, rect.width, rect.height), [t, r, b, l]) };
}
