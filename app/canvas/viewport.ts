// Is a node in sight? React Flow keeps nodes in flow coordinates and the viewport as a
// transform [x, y, zoom]; the canvas shows 0…width × 0…height of the transformed plane.

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type Transform = readonly [number, number, number];

/** A flow-coordinate box in canvas pixels. */
export function onScreen(box: Box, [tx, ty, zoom]: Transform): Box {
  return {
    x: box.x * zoom + tx,
    y: box.y * zoom + ty,
    width: box.width * zoom,
    height: box.height * zoom,
  };
}

/** True when the whole box lies inside the canvas. */
export function fullyInView(box: Box, t: Transform, width: number, height: number): boolean {
  const s = onScreen(box, t);
  return s.x >= 0 && s.y >= 0 && s.x + s.width <= width && s.y + s.height <= height;
}

/**
 * True when the box can be seen well enough to find it: entirely, or, when it is bigger than
 * the canvas (the pod frame, zoomed in), any part of it.
 */
export function inSight(box: Box, t: Transform, width: number, height: number): boolean {
  const s = onScreen(box, t);
  const overlaps = s.x < width && s.y < height && s.x + s.width > 0 && s.y + s.height > 0;
  if (s.width > width || s.height > height) return overlaps;
  return fullyInView(box, t, width, height);
}
