import { describe, expect, it } from 'vitest';
import { exportBounds, MAX_PNG_PIXELS, pngPixelRatio } from './bounds';

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
  });

  it('shrinks for a huge graph so the image stays under the pixel cap', () => {
    const ratio = pngPixelRatio(8000, 6000);
    expect(ratio).toBeLessThan(2);
    expect(8000 * ratio * 6000 * ratio).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    // sqrt(40e6 / 48e6) = 0.9128…, floored to two decimals.
    expect(ratio).toBe(0.91);
  });
});
