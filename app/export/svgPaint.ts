// Paint attributes shared by every shape the SVG export writes. Pure: no DOM.
import { svgColor } from './color';
import { num } from './xml';

/** fill or stroke as a hex colour with its opacity (omitted when opaque), or `none`. */
export function paint(
  what: 'fill' | 'stroke',
  css: string,
  opacity = 1,
): Record<string, string | null> {
  const c = svgColor(css);
  const alpha = (c?.alpha ?? 0) * opacity;
  if (!c || alpha <= 0) return { [what]: 'none' };
  return { [what]: c.hex, [`${what}-opacity`]: alpha < 1 ? num(alpha) : null };
}

/** An `opacity` value, or null when the shape is opaque. */
export const opacityAttr = (o: number): string | null => (o < 1 ? num(Math.max(0, o)) : null);
