// The area of the graph an image export covers: everything drawn, dragged nodes included, with a
// margin so borders, rings and mount labels at the edges are not cut.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Margin around the graph in the image, in graph units. */
export const EXPORT_MARGIN = 24;

/**
 * The smallest rectangle that holds the layout's drawing (0,0 to width×height) and every
 * measured node, grown by the margin, with whole-pixel edges.
 */
export function exportBounds(
  layout: { width: number; height: number },
  measured: readonly Rect[],
  margin = EXPORT_MARGIN,
): Rect {
  let x1 = 0;
  let y1 = 0;
  let x2 = layout.width;
  let y2 = layout.height;
  for (const r of measured) {
    x1 = Math.min(x1, r.x);
    y1 = Math.min(y1, r.y);
    x2 = Math.max(x2, r.x + r.width);
    y2 = Math.max(y2, r.y + r.height);
  }
  const x = Math.floor(x1 - margin);
  const y = Math.floor(y1 - margin);
  return { x, y, width: Math.ceil(x2 + margin) - x, height: Math.ceil(y2 + margin) - y };
}

/** Most pixels a PNG gets: browsers refuse canvases much larger than this. */
export const MAX_PNG_PIXELS = 40_000_000;

/** The PNG's pixel ratio: 2 for sharpness, less when a huge graph would exceed the pixel cap. */
export function pngPixelRatio(width: number, height: number, wanted = 2): number {
  const area = width * height;
  if (area <= 0) return wanted;
  const fits = Math.sqrt(MAX_PNG_PIXELS / area);
  return Math.min(wanted, Math.floor(fits * 100) / 100);
}
