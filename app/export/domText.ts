// The text runs of one DOM text node, one per line it is laid out on, placed where the browser
// drew them (from a Range's client rects) with the font it drew them in. A run is exported whole:
// where the page cuts a long name with an ellipsis (text-overflow), the SVG keeps the name.
import type { Rect } from './rect';
import type { Clip } from './domBox';
import type { TextShape } from './drawing';
import type { ScreenFrame } from './screenFrame';

interface Metrics {
  ascent: number;
  descent: number;
}

let measure: CanvasRenderingContext2D | null | undefined;
const metricsCache = new Map<string, Metrics>();

// The font's ascent and descent, to put the baseline where the browser put it.
function fontMetrics(s: CSSStyleDeclaration): Metrics {
  const size = parseFloat(s.fontSize) || 16;
  const font = `${s.fontStyle} ${s.fontWeight} ${size}px ${s.fontFamily}`;
  const known = metricsCache.get(font);
  if (known) return known;
  if (measure === undefined) measure = document.createElement('canvas').getContext('2d');
  let m: Metrics = { ascent: size * 0.8, descent: size * 0.2 };
  if (measure) {
    measure.font = font;
    const t = measure.measureText('Hg');
    if (t.fontBoundingBoxAscent > 0)
      m = { ascent: t.fontBoundingBoxAscent, descent: t.fontBoundingBoxDescent };
  }
  metricsCache.set(font, m);
  return m;
}

const KEEPS_SPACES = new Set(['pre', 'pre-wrap', 'break-spaces']);

function transform(text: string, how: string): string {
  if (how === 'uppercase') return text.toUpperCase();
  if (how === 'lowercase') return text.toLowerCase();
  if (how === 'capitalize')
    return text.replace(/(^|\s)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());
  return text;
}

interface Line {
  text: string;
  rect: DOMRectReadOnly;
}

const firstRect = (range: Range): DOMRectReadOnly | undefined =>
  [...range.getClientRects()].find((r) => r.width > 0 || r.height > 0);

// A text node that wraps has one rect per line; its characters are sorted into those lines.
function lines(node: Text, start: number, end: number): Line[] {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, end);
  const rects = [...range.getClientRects()].filter((r) => r.width > 0);
  const whole = node.data.slice(start, end);
  if (rects.length <= 1) {
    const rect = rects[0] ?? firstRect(range);
    return rect ? [{ text: whole, rect }] : [];
  }
  const out: { text: string; rect: DOMRectReadOnly }[] = [];
  for (let i = start; i < end;) {
    const size = (node.data.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
    range.setStart(node, i);
    range.setEnd(node, i + size);
    const ch = node.data.slice(i, i + size);
    const r = [...range.getClientRects()].find((c) => c.width > 0);
    const line = out[out.length - 1];
    if (!r) {
      if (line) line.text += ch;
    } else if (line && Math.abs(r.top - line.rect.top) < line.rect.height / 2) line.text += ch;
    else if (/\s/.test(ch)) {
      if (line) line.text += ch;
    } else out.push({ text: ch, rect: r });
    i += size;
  }
  return out;
}

const intersects = (a: Rect, b: Rect): boolean =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The runs of `node`, styled by its parent's computed style `s`, painted in `color`. */
export function domText(
  node: Text,
  s: CSSStyleDeclaration,
  frame: ScreenFrame,
  clip: Clip | null,
  opacity: number,
  color = s.color,
): TextShape[] {
  const data = node.data;
  const start = data.search(/\S/);
  if (start < 0) return [];
  const end = data.length - (data.length - data.trimEnd().length);
  const keep = KEEPS_SPACES.has(s.whiteSpace);
  const { ascent, descent } = fontMetrics(s);
  const out: TextShape[] = [];
  for (const line of lines(node, start, end)) {
    const text = transform(
      keep ? line.text.replace(/[\r\n]+/g, ' ').trimEnd() : line.text.replace(/\s+/g, ' ').trim(),
      s.textTransform,
    );
    const r = frame.rect(line.rect);
    if (!text || (clip && !intersects(r, clip.rect))) continue;
    const fontSize = parseFloat(s.fontSize) || 16;
    out.push({
      type: 'text',
      x: r.x,
      width: r.width,
      // The rect is the font's ascent + descent tall; the baseline sits an ascent below its top.
      y: r.y + (r.height - ascent - descent) / 2 + ascent,
      text,
      fontFamily: s.fontFamily,
      fontSize,
      fontWeight: s.fontWeight,
      fontStyle: s.fontStyle,
      letterSpacing: s.letterSpacing === 'normal' ? 0 : parseFloat(s.letterSpacing) || 0,
      color,
      opacity,
    });
  }
  return out;
}
