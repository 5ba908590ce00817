import { describe, expect, it } from 'vitest';
import type { BoxShape, Drawing, Side, SvgShape, TextShape } from './drawing';
import { drawingSvg } from './drawingSvg';

const SANS = 'system-ui, "Segoe UI", sans-serif';
const MONO = 'ui-monospace, monospace';

const side = (width: number, color: string, style = 'solid'): Side => ({ width, color, style });
const corner = (r: number) => ({ rx: r, ry: r });

function box(over: Partial<BoxShape> = {}): BoxShape {
  const s = side(1, 'oklch(0.869 0.022 252.894)');
  return {
    type: 'box',
    x: 0,
    y: 0,
    width: 100,
    height: 40,
    fill: 'rgb(255, 255, 255)',
    corners: [corner(8), corner(8), corner(8), corner(8)],
    sides: [s, s, s, s],
    opacity: 1,
    ...over,
  };
}

function text(over: Partial<TextShape> = {}): TextShape {
  return {
    type: 'text',
    x: 10.123,
    y: 20.987,
    width: 50,
    text: 'app',
    fontFamily: SANS,
    fontSize: 13,
    fontWeight: '400',
    fontStyle: 'normal',
    letterSpacing: 0,
    color: 'rgb(29, 41, 61)',
    opacity: 1,
    ...over,
  };
}

function edge(over: Partial<SvgShape> = {}): SvgShape {
  return {
    type: 'svg',
    tag: 'path',
    geometry: { d: 'M136.99999447579242,429.50002934182453 L200,300.123456' },
    matrix: null,
    fill: 'none',
    fillOpacity: 1,
    stroke: 'rgb(124, 58, 237)',
    strokeOpacity: 1,
    strokeWidth: 1.5,
    dash: [6, 4],
    linecap: 'butt',
    linejoin: 'miter',
    markerStart: null,
    markerEnd: null,
    opacity: 1,
    ...over,
  };
}

function drawing(over: Partial<Drawing> = {}): Drawing {
  return {
    bounds: { x: -24, y: -24, width: 816, height: 746 },
    background: 'rgb(248, 250, 252)',
    markers: [],
    layers: [],
    ...over,
  };
}

/**
 * A strict well-formedness check: every tag closes in order, attributes are quoted, and text
 * holds no `<` and no `&` outside an entity. (The e2e tests parse the real file with DOMParser.)
 */
function wellFormed(xml: string): boolean {
  const body = xml.replace(/^<\?xml [^?]*\?>\s*/, '');
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/y;
  const stack: string[] = [];
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const chunk = body.slice(i, lt < 0 ? body.length : lt);
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(chunk)) return false;
    if (lt < 0) break;
    tag.lastIndex = lt;
    const m = tag.exec(body);
    if (!m) return false;
    const [, close, name, attributes, self] = m;
    if (/&(?!(amp|lt|gt|quot|apos|#\d+);)/.test(attributes)) return false;
    if (close) {
      if (stack.pop() !== name) return false;
    } else if (!self) stack.push(name);
    i = tag.lastIndex;
  }
  return stack.length === 0;
}

const only = (svg: string, element: string): string[] =>
  svg.match(new RegExp(`<${element}\\b[^>]*>`, 'g')) ?? [];

describe('drawingSvg', () => {
  it('covers the bounds: viewBox, size and a background rectangle in the theme colour', () => {
    const svg = drawingSvg(drawing({ layers: [{ attrs: {}, shapes: [text()] }] }));
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg ')).toBe(true);
    expect(svg).toContain('width="816" height="746" viewBox="-24 -24 816 746"');
    expect(svg).toContain('<rect x="-24" y="-24" width="816" height="746" fill="#f8fafc"/>');
    expect(wellFormed(svg)).toBe(true);
  });

  it('escapes names: markup, ampersands and quotes stay text', () => {
    const name = 'app<script>&amp;"x" \'y\'';
    const svg = drawingSvg(
      drawing({
        layers: [
          {
            attrs: { 'data-kind': 'container', 'data-name': name },
            shapes: [text({ text: name })],
          },
        ],
      }),
    );
    expect(svg).toContain('data-name="app&lt;script&gt;&amp;amp;&quot;x&quot; \'y\'"');
    expect(svg).toContain('>app&lt;script&gt;&amp;amp;"x" \'y\'</text>');
    expect(svg).not.toContain('<script');
    expect(wellFormed(svg)).toBe(true);
  });

  it('rounds coordinates and path data to two decimals', () => {
    const svg = drawingSvg(drawing({ layers: [{ attrs: {}, shapes: [text(), edge()] }] }));
    expect(only(svg, 'text')[0]).toContain('x="10.12" y="20.99"');
    expect(svg).toContain('d="M137,429.5 L200,300.12"');
    expect(svg).toContain('stroke="#7c3aed" stroke-width="1.5" stroke-dasharray="6 4"');
  });

  it('puts the most used font on the root and names the others where used', () => {
    const svg = drawingSvg(
      drawing({
        layers: [
          {
            attrs: {},
            shapes: [text(), text(), text({ fontFamily: MONO, fontWeight: '600', text: 'cpu' })],
          },
        ],
      }),
    );
    expect(only(svg, 'svg')[0]).toContain(
      'font-family="system-ui, &quot;Segoe UI&quot;, sans-serif"',
    );
    const [plain, , mono] = only(svg, 'text');
    expect(plain).not.toContain('font-family');
    expect(mono).toContain(`font-family="${MONO}"`);
    expect(mono).toContain('font-weight="600"');
  });

  it('draws an even border as the stroke of one rect, inset by half its width', () => {
    const svg = drawingSvg(drawing({ layers: [{ attrs: {}, shapes: [box()] }] }));
    expect(only(svg, 'rect')[1]).toBe(
      '<rect x="0.5" y="0.5" width="99" height="39" rx="7.5" fill="#ffffff" stroke="#cad5e2"/>',
    );
  });

  it('draws a mixed border as a ring with the odd side over it', () => {
    const thin = side(1, 'rgb(202, 213, 226)');
    const accent = side(4, 'rgb(97, 95, 255)');
    const svg = drawingSvg(
      drawing({ layers: [{ attrs: {}, shapes: [box({ sides: [thin, thin, thin, accent] })] }] }),
    );
    expect(svg).toContain('fill-rule="evenodd" fill="#cad5e2"');
    // The accent: 4 wide on the left, the full height, rounded like the box's left corners.
    expect(svg).toMatch(/<path d="M4 0H4V40H4A4 8 0 0 1 0 32V8A4 8 0 0 1 4 0Z" fill="#615fff"\/>/);
  });

  it('leaves out boxes and text that paint nothing', () => {
    const clear = side(0, 'rgba(0, 0, 0, 0)');
    const svg = drawingSvg(
      drawing({
        layers: [
          {
            attrs: { 'data-kind': 'pod', 'data-name': 'p' },
            shapes: [
              box({ fill: 'rgba(0, 0, 0, 0)', sides: [clear, clear, clear, clear] }),
              text({ color: 'transparent' }),
            ],
          },
        ],
      }),
    );
    expect(only(svg, 'rect')).toHaveLength(1);
    expect(svg).not.toContain('<text');
    // An empty layer is no group.
    expect(svg).not.toContain('<g');
  });

  it('copies markers under plain ids and points the edges at them', () => {
    const arrow = edge({
      tag: 'polyline',
      geometry: { points: '-5,-4 0,0 -5,4 -5,-4' },
      fill: 'rgb(124, 58, 237)',
      dash: [],
    });
    const svg = drawingSvg(
      drawing({
        markers: [
          {
            id: 'm0',
            attrs: { viewBox: '-10 -10 20 20', orient: 'auto-start-reverse' },
            shapes: [arrow],
          },
        ],
        layers: [{ attrs: { 'data-edge': 'order:a:b' }, shapes: [edge({ markerEnd: 'm0' })] }],
      }),
    );
    expect(svg).toContain(
      '<defs><marker id="m0" viewBox="-10 -10 20 20" orient="auto-start-reverse"><polyline',
    );
    expect(svg).toContain('marker-end="url(#m0)"');
    expect(wellFormed(svg)).toBe(true);
  });

  it('writes opacity and transforms only where they change something', () => {
    const icon = edge({ matrix: [1, 0, 0, 1, 168, 522], dash: [] });
    const scaled = edge({ matrix: [0.5, 0, 0, 0.5, 10, 20], dash: [] });
    const svg = drawingSvg(
      drawing({
        layers: [
          {
            attrs: {},
            shapes: [
              icon,
              scaled,
              edge({ opacity: 0.2 }),
              text({ opacity: 0.5 }),
              box({ opacity: 0.3 }),
            ],
          },
        ],
      }),
    );
    const paths = only(svg, 'path');
    expect(paths[0]).toContain('transform="translate(168 522)"');
    expect(paths[1]).toContain('transform="matrix(0.5 0 0 0.5 10 20)"');
    expect(paths[2]).toContain('opacity="0.2"');
    expect(only(svg, 'text')[0]).toContain('opacity="0.5"');
    expect(only(svg, 'rect')[1]).toContain('opacity="0.3"');
    expect(svg).not.toMatch(/opacity="1"/);
  });

  it('keeps runs of spaces the page shows', () => {
    const svg = drawingSvg(drawing({ layers: [{ attrs: {}, shapes: [text({ text: 'a  b' })] }] }));
    expect(only(svg, 'text')[0]).toContain('xml:space="preserve"');
  });

  it('holds no HTML: only SVG elements', () => {
    const svg = drawingSvg(drawing({ layers: [{ attrs: {}, shapes: [box(), text(), edge()] }] }));
    const names = new Set([...svg.matchAll(/<([a-zA-Z][\w:-]*)/g)].map((m) => m[1]));
    expect([...names].sort()).toEqual(['g', 'path', 'rect', 'svg', 'text']);
  });
});
