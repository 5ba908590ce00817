// CSS colours as computed by the browser (rgb(), oklch(), oklab(), color(srgb …)) turned into
// what every SVG reader knows: #rrggbb and an opacity. The page's palette is oklch, which
// Inkscape and slide tools do not read. Pure: no DOM.

/** A colour an SVG reader understands, and its alpha (0…1). */
export interface SvgColor {
  hex: string;
  alpha: number;
}

const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?%?$/i;

// A component: a number, a percentage of `full`, or `none` (zero).
function component(token: string | undefined, full: number): number | null {
  if (token === undefined) return null;
  if (token === 'none') return 0;
  if (!NUMBER.test(token)) return null;
  const n = parseFloat(token);
  return token.endsWith('%') ? (n / 100) * full : n;
}

// "a b c / d" or "a, b, c, d" → [a, b, c] and alpha.
function args(body: string): { values: string[]; alpha: string | undefined } {
  const [main, alpha] = body.split('/').map((s) => s.trim());
  const values = main.split(/[\s,]+/).filter(Boolean);
  if (alpha === undefined && values.length === 4)
    return { values: values.slice(0, 3), alpha: values[3] };
  return { values, alpha };
}

const clamp01 = (n: number): number => Math.min(1, Math.max(0, n));

// Linear-light sRGB → gamma-encoded sRGB.
const encode = (c: number): number =>
  c <= 0.0031308 ? 12.92 * c : 1.055 * Math.pow(c, 1 / 2.4) - 0.055;

// OKLab → linear sRGB (Björn Ottosson's matrices, as CSS Color 4 uses them).
function oklabToLinear(l: number, a: number, b: number): [number, number, number] {
  const l_ = Math.pow(l + 0.3963377774 * a + 0.2158037573 * b, 3);
  const m_ = Math.pow(l - 0.1055613458 * a - 0.0638541728 * b, 3);
  const s_ = Math.pow(l - 0.0894841775 * a - 1.291485548 * b, 3);
  return [
    4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
    -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
    -0.0041960863 * l_ - 0.7034186147 * m_ + 1.707614701 * s_,
  ];
}

const hex2 = (c: number): string =>
  Math.round(clamp01(c) * 255)
    .toString(16)
    .padStart(2, '0');

// Colours outside sRGB are clipped per channel, as browsers draw them on an sRGB screen.
const toHex = (rgb: readonly number[]): string => `#${rgb.map(hex2).join('')}`;

function fromFunction(name: string, body: string): SvgColor | null {
  const { values, alpha: alphaToken } = args(body);
  const alpha = alphaToken === undefined ? 1 : component(alphaToken, 1);
  if (alpha === null) return null;
  let rgb: number[] | null = null;
  if (name === 'rgb' || name === 'rgba') {
    const [r, g, b] = values.map((v) => component(v, 255));
    if (r !== null && g !== null && b !== null) rgb = [r / 255, g / 255, b / 255];
  } else if (name === 'oklab' || name === 'oklch') {
    const l = component(values[0], 1);
    const p = component(values[1], 0.4);
    const q = name === 'oklab' ? component(values[2], 0.4) : component(values[2], 360);
    if (l !== null && p !== null && q !== null) {
      const h = (q * Math.PI) / 180;
      const [a, b] = name === 'oklab' ? [p, q] : [p * Math.cos(h), p * Math.sin(h)];
      rgb = oklabToLinear(l, a, b).map((c) => encode(clamp01(c)));
    }
  } else if (name === 'color' && (values[0] === 'srgb' || values[0] === 'srgb-linear')) {
    const channels = values.slice(1, 4).map((v) => component(v, 1));
    if (channels.every((c): c is number => c !== null) && channels.length === 3)
      rgb = values[0] === 'srgb' ? channels : channels.map((c) => encode(clamp01(c)));
  }
  if (!rgb) return null;
  return { hex: toHex(rgb), alpha: clamp01(alpha) };
}

function fromHex(value: string): SvgColor | null {
  const h = value.slice(1);
  if (!/^([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(h)) return null;
  const full = h.length <= 4 ? [...h].map((c) => c + c).join('') : h;
  const alpha = full.length === 8 ? parseInt(full.slice(6), 16) / 255 : 1;
  return { hex: `#${full.slice(0, 6).toLowerCase()}`, alpha };
}

/**
 * `css` as a hex colour and an alpha; null for `none`, `transparent` and anything fully clear.
 * A colour this function cannot read is passed on as it is (SVG readers may know it).
 */
export function svgColor(css: string): SvgColor | null {
  const value = css.trim().toLowerCase();
  if (value === '' || value === 'none' || value === 'transparent') return null;
  let parsed: SvgColor | null;
  if (value.startsWith('#')) parsed = fromHex(value);
  else {
    const m = /^([a-z-]+)\((.*)\)$/.exec(value);
    parsed = m ? fromFunction(m[1], m[2]) : null;
  }
  if (!parsed) return { hex: css.trim(), alpha: 1 };
  return parsed.alpha > 0 ? parsed : null;
}

/** Whether `css` paints anything. */
export function isVisibleColor(css: string): boolean {
  return svgColor(css) !== null;
}
