// The graph as it is drawn now, gathered from the React Flow viewport into a plain drawing: every
// visible box, text run and SVG shape of the nodes, edges and edge labels, in graph units. Only
// the viewport is walked, so the toolbar, minimap, legend and attribution (outside it) are not
// part of the drawing. Reading what is on screen, rather than the graph model, keeps the export
// true to the cards whatever they look like.
import { childClip, domBox, domOutline, type Clip } from './domBox';
import { isSvgShape, MarkerSet, svgShape } from './domSvg';
import { domText } from './domText';
import type { Drawn, Layer, Shape } from './drawing';
import { screenFrame, type ScreenFrame } from './screenFrame';

interface LayerDraft extends Layer {
  z: number;
  order: number;
  shapes: Shape[];
}

interface Walk {
  frame: ScreenFrame;
  markers: MarkerSet;
  layers: LayerDraft[];
}

interface Place {
  layer: LayerDraft;
  /** Whether `layer` is a stacking layer already (its own z-indices do not reorder it). */
  stacked: boolean;
  opacity: number;
  clip: Clip | null;
}

// Screen-reader-only text is clipped to nothing; it is not part of the picture.
const clippedAway = (s: CSSStyleDeclaration): boolean =>
  /^inset\(50%/.test(s.clipPath) || /^rect\(0px,? 0px,? 0px,? 0px\)$/.test(s.clip);

// What a layer draws, named with the page's own hooks (CONTRACT: data-kind, data-name).
function layerAttrs(el: Element): Record<string, string> {
  const card = el.matches('[data-kind][data-name]')
    ? el
    : el.querySelector('[data-kind][data-name]');
  if (card) {
    // In compare mode the card's change (added, removed, changed) names the group in the image.
    const change = card.getAttribute('data-change');
    return {
      'data-kind': card.getAttribute('data-kind') ?? '',
      'data-name': card.getAttribute('data-name') ?? '',
      ...(change ? { 'data-change': change } : {}),
    };
  }
  const edge = el.querySelector('.react-flow__edge[data-id]')?.getAttribute('data-id');
  if (edge) return { 'data-edge': edge };
  const label = el.getAttribute('data-edge');
  return label ? { 'data-edge-label': label } : {};
}

function walkSvg(el: Element, s: CSSStyleDeclaration, at: Place, w: Walk): void {
  if (isSvgShape(el)) {
    if (s.visibility !== 'visible') return;
    const shape = svgShape(el, s, w.frame.matrix(el.getScreenCTM()), at.opacity, w.markers);
    if (shape) at.layer.shapes.push(shape);
    return;
  }
  // SVG text is painted with its fill, not with the CSS colour.
  if (el.localName === 'text' || el.localName === 'tspan') {
    for (const child of el.childNodes) {
      if (child instanceof Text && s.visibility === 'visible')
        at.layer.shapes.push(...domText(child, s, w.frame, null, at.opacity, s.fill));
      else if (child instanceof Element) walk(child, at, w);
    }
    return;
  }
  // Containers only: markers, definitions, clip paths and the like are not drawn in place.
  if (el.localName === 'svg' || el.localName === 'g' || el.localName === 'a')
    for (const child of el.children) walk(child, at, w);
}

function walk(el: Element, outer: Place, w: Walk): void {
  const s = getComputedStyle(el);
  if (s.display === 'none' || clippedAway(s)) return;
  const opacity = outer.opacity * (parseFloat(s.opacity) >= 0 ? parseFloat(s.opacity) : 1);
  if (opacity <= 0.001) return;
  const at: Place = { ...outer, opacity };
  // Nodes, edges and labels carry z-indices: React Flow lifts some edges above the pod frame.
  if (!outer.stacked && s.zIndex !== 'auto' && s.position !== 'static') {
    at.layer = {
      z: parseInt(s.zIndex, 10) || 0,
      order: w.layers.length,
      attrs: layerAttrs(el),
      shapes: [],
    };
    at.stacked = true;
    w.layers.push(at.layer);
  }
  if (el instanceof SVGElement) {
    walkSvg(el, s, at, w);
    return;
  }
  if (!(el instanceof HTMLElement)) return;
  const shown = s.visibility === 'visible';
  const rect = w.frame.rect(el.getBoundingClientRect());
  if (shown) {
    const box = domBox(s, rect, opacity, outer.clip);
    if (box) at.layer.shapes.push(box);
    // Outlines inside a clipping box would be cut by it; none of those is part of the picture.
    const outline = outer.clip ? null : domOutline(s, rect, opacity);
    if (outline) at.layer.shapes.push(outline);
  }
  if (s.overflowX !== 'visible' || s.overflowY !== 'visible') {
    at.clip = childClip(s, rect, outer.clip);
    if (!at.clip) return;
  }
  for (const child of el.childNodes) {
    if (child instanceof Text) {
      if (shown) at.layer.shapes.push(...domText(child, s, w.frame, at.clip, opacity));
    } else if (child instanceof Element) walk(child, at, w);
  }
}

/** What `viewport` (`.react-flow__viewport`) draws, in graph units. */
export function drawViewport(viewport: HTMLElement): Drawn {
  const root: LayerDraft = { z: 0, order: 0, attrs: {}, shapes: [] };
  const w: Walk = { frame: screenFrame(viewport), markers: new MarkerSet(), layers: [root] };
  const at: Place = { layer: root, stacked: false, opacity: 1, clip: null };
  for (const child of viewport.children) walk(child, at, w);
  // Paint order: by z-index, then in document order, as the browser stacks them.
  const layers = [...w.layers]
    .sort((a, b) => a.z - b.z || a.order - b.order)
    .filter((l) => l.shapes.length > 0)
    .map(({ attrs, shapes }) => ({ attrs, shapes }));
  return { markers: w.markers.markers, layers };
}
