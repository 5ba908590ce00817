// SVG shapes already on the page (the edges, icons in the cards) copied with their computed
// paint and their place in graph units, and the markers (arrowheads) they point to, renamed to
// plain ids: React Flow's marker ids hold `#`, `&` and `=`.
import { isVisibleColor } from './color';
import type { Marker, Matrix, SvgShape, SvgTag } from './drawing';

const GEOMETRY: Record<SvgTag, readonly string[]> = {
  path: ['d'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'],
  polyline: ['points'],
  polygon: ['points'],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
};

const MARKER_ATTRS = [
  'viewBox',
  'refX',
  'refY',
  'markerWidth',
  'markerHeight',
  'markerUnits',
  'orient',
  'preserveAspectRatio',
];

/** Whether `el` is a shape the export copies. */
export function isSvgShape(el: Element): el is SVGGeometryElement {
  return el instanceof SVGElement && Object.hasOwn(GEOMETRY, el.localName);
}

// A gradient or pattern (`url(#…)`) is not copied: the shape is left unpainted there.
const color = (value: string): string => (value.startsWith('url(') ? 'none' : value);

const number = (value: string, fallback: number): number => {
  const n = parseFloat(value);
  return Number.isFinite(n) ? n : fallback;
};

/** Collects the markers the copied shapes use, each once. */
export class MarkerSet {
  readonly markers: Marker[] = [];
  private readonly ids = new Map<string, string | null>();

  /** The new id of the marker `url("#…")` names; null for `none` or a marker not found. */
  use(reference: string): string | null {
    const m = /^url\(\s*["']?#(.*?)["']?\s*\)$/.exec(reference.trim());
    if (!m) return null;
    const known = this.ids.get(m[1]);
    if (known !== undefined) return known;
    const el = document.getElementById(m[1]);
    let id: string | null = null;
    if (el instanceof SVGMarkerElement) {
      id = `m${this.markers.length}`;
      const attrs: Record<string, string> = {};
      for (const name of MARKER_ATTRS) {
        const v = el.getAttribute(name);
        if (v !== null) attrs[name] = v;
      }
      const shapes = [...el.querySelectorAll('*')]
        .filter(isSvgShape)
        .map((s) => svgShape(s, getComputedStyle(s), null, 1, this))
        .filter((s): s is SvgShape => s !== null);
      this.markers.push({ id, attrs, shapes });
    }
    this.ids.set(m[1], id);
    return id;
  }
}

/** `el` as a shape; null when it paints nothing. */
export function svgShape(
  el: SVGGeometryElement,
  s: CSSStyleDeclaration,
  matrix: Matrix | null,
  opacity: number,
  markers: MarkerSet,
): SvgShape | null {
  const tag = el.localName as SvgTag;
  const geometry: Record<string, string> = {};
  for (const name of GEOMETRY[tag]) {
    const v = el.getAttribute(name);
    if (v !== null) geometry[name] = v;
  }
  const shape: SvgShape = {
    type: 'svg',
    tag,
    geometry,
    matrix,
    fill: color(s.fill),
    fillOpacity: number(s.fillOpacity, 1),
    stroke: color(s.stroke),
    strokeOpacity: number(s.strokeOpacity, 1),
    strokeWidth: number(s.strokeWidth, 1),
    dash:
      s.strokeDasharray === 'none'
        ? []
        : s.strokeDasharray.split(/[\s,]+/).map((v) => number(v, 0)),
    linecap: s.strokeLinecap,
    linejoin: s.strokeLinejoin,
    markerStart: markers.use(s.markerStart),
    markerEnd: markers.use(s.markerEnd),
    opacity,
  };
  return paints(shape) ? shape : null;
}

// React Flow draws a wide transparent path along each edge to catch clicks: it paints nothing.
function paints(s: SvgShape): boolean {
  const fill = isVisibleColor(s.fill) && s.fillOpacity > 0;
  const stroke = isVisibleColor(s.stroke) && s.strokeOpacity > 0 && s.strokeWidth > 0;
  return fill || stroke;
}
