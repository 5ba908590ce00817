// A rectangle in graph units: what a drawing's bounds, a measured node and a text run share.

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}
