// Where the canvas looks for a step of the walk: the step's elements as large as they fit in
// the room above the caption, centred in it. Pure: React Flow's transform is { x, y, zoom },
// a flow point p is drawn at p * zoom + (x, y).
import { MAX_FIT_ZOOM } from '../../../src/graph/layout';
import { OVERVIEW_SIDE, ROOM_BOTTOM, ROOM_TOP } from './room';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

const ELEMENT_SIDE = 0.1;
const MIN_ZOOM = 0.1;

/**
 * The viewport that shows `bounds` (flow coordinates) on a canvas of `width` × `height` pixels
 * whose bottom `caption` pixels are covered by the caption, zoomed in at most to `maxZoom`.
 * The `overview` (the whole pod) zooms in no further than the canvas's own Fit does.
 */
export function stepViewport(
  bounds: Rect,
  canvas: { width: number; height: number; caption: number },
  overview: boolean,
  maxZoom: number,
): Viewport {
  const side = overview ? OVERVIEW_SIDE : Math.round(canvas.width * ELEMENT_SIDE);
  const room = {
    x: side,
    y: ROOM_TOP,
    width: Math.max(1, canvas.width - 2 * side),
    height: Math.max(1, canvas.height - canvas.caption - ROOM_TOP - ROOM_BOTTOM),
  };
  const fit = Math.min(room.width / bounds.width, room.height / bounds.height);
  const zoom = Math.min(
    Math.max(fit, MIN_ZOOM),
    overview ? Math.min(MAX_FIT_ZOOM, maxZoom) : maxZoom,
  );
  return {
    x: room.x + room.width / 2 - (bounds.x + bounds.width / 2) * zoom,
    y: room.y + room.height / 2 - (bounds.y + bounds.height / 2) * zoom,
    zoom,
  };
}
