// The area of the graph an image export covers: everything drawn, dragged nodes included, with a
// margin so borders, rings and mount labels at the edges are not cut.

import type { Layer } from './drawing';
import type { Rect } from './rect';

/** Where each text run reaches: a line of text is about 1.3 font sizes tall around its baseline. */
export function textRects(layers: readonly Layer[]): Rect[] {
  const out: Rect[] = [];
  for (const layer of layers)
    for (const s of layer.shapes)
      if (s.type === 'text')
        out.push({ x: s.x, y: s.y - s.fontSize, width: s.width, height: s.fontSize * 1.3 });
  return out;
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

/**
 * Most pixels a PNG gets: Safari refuses a canvas of more than 4096 × 4096 pixels in area (on
 * iPhone and iPad), and draws nothing at all beyond it. Every graph up to about 2048 × 2048 graph
 * units still gets the full ratio of 2.
 */
export const MAX_PNG_PIXELS = 16_777_216;

/** Longest side of a PNG: Chromium allows 32,767 pixels, other browsers as few as 16,384. */
export const MAX_PNG_SIDE = 16_384;

/**
 * The PNG's pixel ratio: 2, so the image stays sharp on high-density screens and projectors; less
 * only for a graph so big that the canvas would pass the browsers' limits above.
 */
export function pngPixelRatio(width: number, height: number, wanted = 2): number {
  if (width <= 0 || height <= 0) return wanted;
  const fits = Math.min(
    Math.sqrt(MAX_PNG_PIXELS / (width * height)),
    MAX_PNG_SIDE / width,
    MAX_PNG_SIDE / height,
  );
  return Math.min(wanted, Math.floor(fits * 100) / 100);
}
