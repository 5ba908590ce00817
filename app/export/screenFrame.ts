// Screen pixels to graph units: the React Flow viewport is translated and scaled, so a point on
// screen is (point − viewport origin) / zoom in the graph.
import type { Rect } from './rect';
import type { Matrix } from './drawing';

export interface ScreenFrame {
  /** A client rect in graph units. */
  rect(r: DOMRectReadOnly): Rect;
  /** Lengths on screen to graph units. */
  zoom: number;
  /** An SVG element's screen matrix in graph units; null when it is the identity. */
  matrix(ctm: DOMMatrixReadOnly | null): Matrix | null;
}

/** The frame of `viewport` (`.react-flow__viewport`) as it is drawn now. */
export function screenFrame(viewport: HTMLElement): ScreenFrame {
  const origin = viewport.getBoundingClientRect();
  const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a || 1;
  return {
    zoom,
    rect: (r) => ({
      x: (r.left - origin.left) / zoom,
      y: (r.top - origin.top) / zoom,
      width: r.width / zoom,
      height: r.height / zoom,
    }),
    matrix(ctm) {
      if (!ctm) return null;
      const m: Matrix = [
        ctm.a / zoom,
        ctm.b / zoom,
        ctm.c / zoom,
        ctm.d / zoom,
        (ctm.e - origin.left) / zoom,
        (ctm.f - origin.top) / zoom,
      ];
      const identity = [1, 0, 0, 1, 0, 0];
      return m.every((v, i) => Math.abs(v - identity[i]) < 1e-4) ? null : m;
    },
  };
}
