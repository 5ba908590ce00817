// A drawing (drawing.ts) written out as a standalone SVG document: rectangles, paths and text,
// with plain hex colours and no HTML, so drawing programs and slide tools open it as shapes.
// Pure: no DOM.
import { boxSvg } from './boxSvg';
import type { Drawing, Layer, Marker, Shape, SvgShape, TextShape } from './drawing';
import { opacityAttr, paint } from './svgPaint';
import { attrs, escapeText, num, roundPathData } from './xml';

function matrixAttr(m: SvgShape['matrix']): string | null {
  if (!m) return null;
  const [a, b, c, d, e, f] = m;
  if ([a - 1, b, c, d - 1].every((v) => Math.abs(v) < 1e-6))
    return Math.abs(e) < 0.005 && Math.abs(f) < 0.005 ? null : `translate(${num(e)} ${num(f)})`;
  return `matrix(${[a, b, c, d].map((v) => String(Math.round(v * 1e4) / 1e4)).join(' ')} ${num(e)} ${num(f)})`;
}

function svgShape(s: SvgShape): string {
  const geometry: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.geometry)) geometry[k] = roundPathData(v);
  const stroke = paint('stroke', s.stroke, s.strokeOpacity);
  const stroked = stroke.stroke !== 'none';
  return `<${s.tag}${attrs({
    ...geometry,
    transform: matrixAttr(s.matrix),
    ...paint('fill', s.fill, s.fillOpacity),
    ...(stroked ? stroke : {}),
    'stroke-width': stroked && s.strokeWidth !== 1 ? num(s.strokeWidth) : null,
    'stroke-dasharray': stroked && s.dash.length > 0 ? s.dash.map(num).join(' ') : null,
    'stroke-linecap': stroked && s.linecap !== 'butt' ? s.linecap : null,
    'stroke-linejoin': stroked && s.linejoin !== 'miter' ? s.linejoin : null,
    'marker-start': s.markerStart && `url(#${s.markerStart})`,
    'marker-end': s.markerEnd && `url(#${s.markerEnd})`,
    opacity: opacityAttr(s.opacity),
  })}/>`;
}

function textSvg(t: TextShape, rootFamily: string): string {
  const fill = paint('fill', t.color);
  if (fill.fill === 'none' || t.text === '') return '';
  return `<text${attrs({
    x: num(t.x),
    y: num(t.y),
    'font-family': t.fontFamily === rootFamily ? null : t.fontFamily,
    'font-size': num(t.fontSize),
    'font-weight': t.fontWeight === '400' || t.fontWeight === 'normal' ? null : t.fontWeight,
    'font-style': t.fontStyle === 'normal' ? null : t.fontStyle,
    'letter-spacing': t.letterSpacing ? num(t.letterSpacing) : null,
    ...fill,
    opacity: opacityAttr(t.opacity),
    // Runs of spaces the page shows (white-space: pre) would be collapsed by SVG readers.
    'xml:space': /\s\s/.test(t.text) ? 'preserve' : null,
  })}>${escapeText(t.text)}</text>`;
}

function shapeSvg(s: Shape, rootFamily: string): string {
  if (s.type === 'box') return boxSvg(s);
  if (s.type === 'text') return textSvg(s, rootFamily);
  return svgShape(s);
}

function markerSvg(m: Marker): string {
  const inner = m.shapes.map(svgShape).join('');
  return `<marker${attrs({ id: m.id, ...m.attrs })}>${inner}</marker>`;
}

function layerSvg(layer: Layer, rootFamily: string): string {
  const inner = layer.shapes
    .map((s) => shapeSvg(s, rootFamily))
    .filter(Boolean)
    .join('\n');
  return inner ? `<g${attrs(layer.attrs)}>\n${inner}\n</g>` : '';
}

// The font most text uses goes on the root element once; the other runs name theirs.
function commonFamily(layers: readonly Layer[]): string {
  const count = new Map<string, number>();
  for (const l of layers)
    for (const s of l.shapes)
      if (s.type === 'text') count.set(s.fontFamily, (count.get(s.fontFamily) ?? 0) + 1);
  let best = '';
  let most = 0;
  for (const [family, n] of count)
    if (n > most) {
      best = family;
      most = n;
    }
  return best;
}

/** The drawing as an SVG document, in graph units (the viewBox is the drawing's bounds). */
export function drawingSvg(d: Drawing): string {
  const { x, y, width, height } = d.bounds;
  const family = commonFamily(d.layers);
  const root = attrs({
    xmlns: 'http://www.w3.org/2000/svg',
    width: num(width),
    height: num(height),
    viewBox: [x, y, width, height].map(num).join(' '),
    'font-family': family || null,
  });
  const background = paint('fill', d.background);
  const parts = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${root}>`,
    d.markers.length > 0 ? `<defs>${d.markers.map(markerSvg).join('')}</defs>` : '',
    background.fill === 'none'
      ? ''
      : `<rect${attrs({ x: num(x), y: num(y), width: num(width), height: num(height), ...background })}/>`,
    ...d.layers.map((l) => layerSvg(l, family)),
    '</svg>',
  ];
  return `${parts.filter(Boolean).join('\n')}\n`;
}
