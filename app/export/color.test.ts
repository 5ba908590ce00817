import { describe, expect, it } from 'vitest';
import { isVisibleColor, svgColor } from './color';

describe('svgColor', () => {
  it('reads rgb() and rgba() in both syntaxes', () => {
    expect(svgColor('rgb(255, 255, 255)')).toEqual({ hex: '#ffffff', alpha: 1 });
    expect(svgColor('rgba(79, 70, 229, 0.5)')).toEqual({ hex: '#4f46e5', alpha: 0.5 });
    expect(svgColor('rgb(10 20 30 / 25%)')).toEqual({ hex: '#0a141e', alpha: 0.25 });
  });

  it('turns the oklch palette into the hex colours Tailwind gives for it', () => {
    // slate-500 and indigo-500 of Tailwind CSS 4, as Chromium computes them.
    expect(svgColor('oklch(0.554 0.046 257.417)')).toEqual({ hex: '#62748e', alpha: 1 });
    expect(svgColor('oklch(0.585 0.233 277.117)')).toEqual({ hex: '#615fff', alpha: 1 });
    expect(svgColor('oklch(55.4% 0.046 257.417)')?.hex).toBe('#62748e');
  });

  it('reads oklab() with an alpha, as colour mixes compute to', () => {
    expect(svgColor('oklab(0.627955 0.224863 0.125846)')?.hex).toBe('#ff0000');
    expect(svgColor('oklab(0.999994 0.0000455678 0.0000200868 / 0.9)')).toEqual({
      hex: '#ffffff',
      alpha: 0.9,
    });
  });

  it('clips colours outside sRGB channel by channel', () => {
    const c = svgColor('oklch(0.7 0.4 150)');
    expect(c?.hex).toMatch(/^#[0-9a-f]{6}$/);
    expect(c?.hex.slice(1, 3)).toBe('00');
  });

  it('reads hex and color(srgb …)', () => {
    expect(svgColor('#ABC')).toEqual({ hex: '#aabbcc', alpha: 1 });
    expect(svgColor('#11223380')).toEqual({ hex: '#112233', alpha: 128 / 255 });
    expect(svgColor('color(srgb 1 0 0.5 / 0.2)')).toEqual({ hex: '#ff0080', alpha: 0.2 });
  });

  it('gives null for what paints nothing', () => {
    for (const clear of ['none', 'transparent', 'rgba(0, 0, 0, 0)', 'oklab(0.5 0 0 / 0)', ''])
      expect(svgColor(clear), clear).toBeNull();
    expect(isVisibleColor('rgba(0, 0, 0, 0)')).toBe(false);
    expect(isVisibleColor('rgb(0, 0, 0)')).toBe(true);
  });

  it('passes a colour it cannot read on unchanged', () => {
    expect(svgColor('lab(50 20 30)')).toEqual({ hex: 'lab(50 20 30)', alpha: 1 });
  });
});
