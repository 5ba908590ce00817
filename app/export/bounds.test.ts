import { describe, expect, it } from 'vitest';
import { exportBounds, MAX_PNG_PIXELS, MAX_PNG_SIDE, pngPixelRatio, textRects } from './bounds';

describe('exportBounds', () => {
  it('is the layout grown by the margin when nothing was moved', () => {
    expect(exportBounds({ width: 900, height: 600 }, [], 24)).toEqual({
      x: -24,
      y: -24,
      width: 948,
      height: 648,
    });
  });

  it('takes in a node dragged beyond the layout on any side', () => {
    const moved = [
      { x: -130.5, y: 40, width: 200, height: 80 },
      { x: 800, y: 590, width: 180, height: 100.25 },
    ];
    // Left: -130.5 - 10 → floor -141; right: 980 + 10 = 990; top: 0 - 10; bottom: 690.25 + 10 → 701.
    expect(exportBounds({ width: 900, height: 600 }, moved, 10)).toEqual({
      x: -141,
      y: -10,
      width: 990 + 141,
      height: 701 + 10,
    });
  });
});

describe('pngPixelRatio', () => {
  it('is 2 for a normal graph', () => {
    expect(pngPixelRatio(1200, 800)).toBe(2);
    // The largest square that keeps the full ratio.
    expect(pngPixelRatio(2048, 2048)).toBe(2);
  });

  it('shrinks for a huge graph so the image stays under the pixel cap', () => {
    const ratio = pngPixelRatio(8000, 6000);
    expect(ratio).toBeLessThan(2);
    expect(8000 * ratio * 6000 * ratio).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    // sqrt(16777216 / 48e6) = 0.5912…, floored to two decimals.
    expect(ratio).toBe(0.59);
  });

  it('shrinks for a very long graph so no side passes the side cap', () => {
    const ratio = pngPixelRatio(20_000, 300);
    expect(20_000 * ratio).toBeLessThanOrEqual(MAX_PNG_SIDE);
    // 16384 / 20000 = 0.8192 (the area alone would allow 1.67).
    expect(ratio).toBe(0.81);
  });
});

describe('textRects', () => {
  it('gives each text run its whole width around its baseline', () => {
    const run = {
      type: 'text' as const,
      x: 10,
      y: 30,
      width: 400,
      text: 'a-long-name-the-card-cuts',
      fontFamily: 'sans-serif',
      fontSize: 10,
      fontWeight: '400',
      fontStyle: 'normal',
      letterSpacing: 0,
      color: '#000',
      opacity: 1,
    };
    expect(textRects([{ attrs: {}, shapes: [run] }])).toEqual([
      { x: 10, y: 20, width: 400, height: 13 },
    ]);
    // A run past the layout's right edge widens the export.
    expect(
      exportBounds({ width: 100, height: 100 }, textRects([{ attrs: {}, shapes: [run] }]), 0).width,
    ).toBe(410);
  });
});
