// An HTML box (background, border, rounded corners) as SVG shapes. A border that is the same all
// round becomes the stroke of one `<rect>`; CSS draws borders inside the box and SVG centres
// strokes on the outline, so that rect is inset by half the border. Mixed borders (a coloured
// accent on one side) become a ring in the main colour with the other sides drawn over it.
// Pure: no DOM.
import {
  fitCorners,
  insetCorners,
  roundedRectPath,
  sameCorners,
  type Box,
  type Corners,
} from './boxPath';
import { svgColor } from './color';
import type { BoxShape, Side } from './drawing';
import { opacityAttr, paint } from './svgPaint';
import { attrs, num } from './xml';

type Paint = Record<string, string | null>;

function shape(box: Box, corners: Corners, p: Paint): string {
  if (box.width <= 0 || box.height <= 0) return '';
  if (sameCorners(corners)) {
    const [c] = corners;
    return `<rect${attrs({
      x: num(box.x),
      y: num(box.y),
      width: num(box.width),
      height: num(box.height),
      rx: c.rx > 0 ? num(c.rx) : null,
      ry: c.ry > 0 && c.ry !== c.rx ? num(c.ry) : null,
      ...p,
    })}/>`;
  }
  return `<path${attrs({ d: roundedRectPath(box, corners), ...p })}/>`;
}

const visible = (s: Side): boolean =>
  s.width > 0 && s.style !== 'none' && s.style !== 'hidden' && svgColor(s.color) !== null;

const sameSide = (a: Side, b: Side): boolean =>
  a.width === b.width && a.style === b.style && svgColor(a.color)?.hex === svgColor(b.color)?.hex;

function dash(side: Side): string | null {
  if (side.style === 'dashed')
    return `${num(Math.max(2, 3 * side.width))} ${num(Math.max(2, 3 * side.width))}`;
  if (side.style === 'dotted') return `${num(side.width)} ${num(side.width)}`;
  return null;
}

// The sides' strips, for the sides that differ from the main border colour.
function strip(box: Box, corners: Corners, index: number, width: number): [Box, Corners] {
  const { x, y, width: w, height: h } = box;
  const [tl, tr, br, bl] = corners;
  const none = { rx: 0, ry: 0 };
  const cut = (c: typeof tl, rx: number, ry: number) => ({
    rx: Math.min(c.rx, rx),
    ry: Math.min(c.ry, ry),
  });
  switch (index) {
    case 0:
      return [
        { x, y, width: w, height: width },
        [cut(tl, w, width), cut(tr, w, width), none, none],
      ];
    case 1:
      return [
        { x: x + w - width, y, width, height: h },
        [none, cut(tr, width, h), cut(br, width, h), none],
      ];
    case 2:
      return [
        { x, y: y + h - width, width: w, height: width },
        [none, none, cut(br, w, width), cut(bl, w, width)],
      ];
    default:
      return [{ x, y, width, height: h }, [cut(tl, width, h), none, none, cut(bl, width, h)]];
  }
}

function mixedBorder(box: Box, corners: Corners, sides: BoxShape['sides']): string[] {
  const shown = sides.map((s, i) => ({ s, i })).filter(({ s }) => visible(s));
  // The colour most sides have draws the ring; the others are laid over it.
  const main = shown.reduce((best, cur) =>
    shown.filter((o) => sameSide(o.s, cur.s)).length >
    shown.filter((o) => sameSide(o.s, best.s)).length
      ? cur
      : best,
  );
  const widths = sides.map((s) => (visible(s) ? s.width : 0)) as [number, number, number, number];
  const inner: Box = {
    x: box.x + widths[3],
    y: box.y + widths[0],
    width: box.width - widths[1] - widths[3],
    height: box.height - widths[0] - widths[2],
  };
  const ring =
    inner.width > 0 && inner.height > 0
      ? roundedRectPath(box, corners) + roundedRectPath(inner, insetCorners(corners, widths))
      : roundedRectPath(box, corners);
  const out = [
    `<path${attrs({ d: ring, 'fill-rule': 'evenodd', ...paint('fill', main.s.color) })}/>`,
  ];
  for (const { s, i } of shown) {
    if (sameSide(s, main.s)) continue;
    const [b, c] = strip(box, corners, i, s.width);
    out.push(shape(b, fitCorners(c, b.width, b.height), paint('fill', s.color)));
  }
  return out;
}

/** The SVG for one box; empty when it paints nothing. */
export function boxSvg(b: BoxShape): string {
  const box: Box = { x: b.x, y: b.y, width: b.width, height: b.height };
  if (box.width <= 0 || box.height <= 0) return '';
  const fill = paint('fill', b.fill);
  const hasFill = fill.fill !== 'none';
  const shown = b.sides.filter(visible);
  if (!hasFill && shown.length === 0) return '';
  const corners = fitCorners(b.corners, box.width, box.height);
  let parts: string[];
  if (shown.length === 0) parts = [shape(box, corners, fill)];
  else if (shown.length === 4 && shown.every((s) => sameSide(s, shown[0]))) {
    const side = shown[0];
    const half = side.width / 2;
    const inset: Box = {
      x: box.x + half,
      y: box.y + half,
      width: box.width - side.width,
      height: box.height - side.width,
    };
    parts =
      inset.width > 0 && inset.height > 0
        ? [
            shape(inset, insetCorners(corners, [half, half, half, half]), {
              ...fill,
              ...paint('stroke', side.color),
              'stroke-width': side.width !== 1 ? num(side.width) : null,
              'stroke-dasharray': dash(side),
            }),
          ]
        : [shape(box, corners, paint('fill', side.color))];
  } else parts = [hasFill ? shape(box, corners, fill) : '', ...mixedBorder(box, corners, b.sides)];
  const body = parts.filter(Boolean);
  const opacity = opacityAttr(b.opacity);
  if (!opacity) return body.join('\n');
  return body.length === 1
    ? body[0].replace(/\/>$/, ` opacity="${opacity}"/>`)
    : `<g opacity="${opacity}">${body.join('')}</g>`;
}
