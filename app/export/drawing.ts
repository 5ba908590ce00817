// A drawing of the graph as plain data: boxes, text runs and SVG shapes in graph units, grouped in
// layers in paint order. The DOM walk (domDrawing.ts) fills it from what is on screen; a pure
// function (drawingSvg.ts) writes it out. Colours are CSS colours as the browser computed them.
import type { Rect } from './rect';

/** A corner's radii (elliptical corners have rx ≠ ry). */
export interface Corner {
  rx: number;
  ry: number;
}

/** One side of a CSS border. */
export interface Side {
  width: number;
  color: string;
  style: string;
}

/** An HTML element's background and border; corners and sides in CSS order (top-left, top…). */
export interface BoxShape {
  type: 'box';
  x: number;
  y: number;
  width: number;
  height: number;
  fill: string;
  corners: readonly [Corner, Corner, Corner, Corner];
  sides: readonly [Side, Side, Side, Side];
  opacity: number;
}

/** One line of text; `y` is the baseline, `width` how far the whole line reaches. */
export interface TextShape {
  type: 'text';
  x: number;
  y: number;
  width: number;
  text: string;
  fontFamily: string;
  fontSize: number;
  fontWeight: string;
  fontStyle: string;
  letterSpacing: number;
  color: string;
  opacity: number;
}

export type SvgTag = 'path' | 'circle' | 'ellipse' | 'line' | 'polyline' | 'polygon' | 'rect';

/** An SVG matrix [a, b, c, d, e, f]. */
export type Matrix = readonly [number, number, number, number, number, number];

/** An SVG shape copied from the page (edges, icons), with its computed paint. */
export interface SvgShape {
  type: 'svg';
  tag: SvgTag;
  /** The shape's geometry attributes (`d`, `cx`, `points`…). */
  geometry: Readonly<Record<string, string>>;
  /** From the shape's own coordinates to graph units; null when they are graph units. */
  matrix: Matrix | null;
  fill: string;
  fillOpacity: number;
  stroke: string;
  strokeOpacity: number;
  strokeWidth: number;
  /** Dash lengths; empty for a solid line. */
  dash: readonly number[];
  linecap: string;
  linejoin: string;
  /** Ids of markers in `Drawing.markers`. */
  markerStart: string | null;
  markerEnd: string | null;
  opacity: number;
}

export type Shape = BoxShape | TextShape | SvgShape;

/** An arrowhead or other marker an edge refers to. */
export interface Marker {
  id: string;
  /** viewBox, refX, refY, markerWidth, markerHeight, markerUnits, orient. */
  attrs: Readonly<Record<string, string>>;
  shapes: readonly SvgShape[];
}

/** What one stacking layer of the page holds: a node, an edge, a label. */
export interface Layer {
  /** data-* attributes naming what the layer draws (data-kind, data-name, data-edge). */
  attrs: Readonly<Record<string, string>>;
  shapes: readonly Shape[];
}

/** What the page draws: the layers, bottom first, and the markers they use. */
export interface Drawn {
  markers: readonly Marker[];
  layers: readonly Layer[];
}

export interface Drawing extends Drawn {
  /** The area the image covers, in graph units. */
  bounds: Rect;
  background: string;
}
