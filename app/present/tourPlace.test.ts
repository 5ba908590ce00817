import { describe, expect, it } from 'vitest';
import { placeCard, unionBoxes } from './tourPlace';

const view = { width: 1280, height: 800 };
const card = { width: 320, height: 200 };

describe('unionBoxes', () => {
  it('spans every box', () => {
    expect(
      unionBoxes([
        { left: 100, top: 50, width: 40, height: 30 },
        { left: 200, top: 20, width: 10, height: 100 },
      ]),
    ).toEqual({ left: 100, top: 20, width: 110, height: 100 });
  });

  it('is null for no boxes', () => {
    expect(unionBoxes([])).toBeNull();
  });
});

describe('placeCard', () => {
  it('centres the card without a target', () => {
    expect(placeCard(null, card, view)).toEqual({ left: 480, top: 300 });
  });

  it('goes to the right of a target with room there, aligned with its top', () => {
    // 100 + 200 + 14 = 314; 314 + 320 + 12 = 646 ≤ 1280.
    expect(placeCard({ left: 100, top: 150, width: 200, height: 80 }, card, view)).toEqual({
      left: 314,
      top: 150,
    });
  });

  it('goes to the left when the target is at the right edge', () => {
    // Right side: 1000 + 200 + 14 + 320 > 1280; left: 1000 - 14 - 320 = 666.
    expect(placeCard({ left: 1000, top: 300, width: 200, height: 80 }, card, view)).toEqual({
      left: 666,
      top: 300,
    });
  });

  it('goes below a wide target, and keeps the card inside the screen', () => {
    // Neither side has room; below: 100 + 60 + 14 = 174; left aligned at 40.
    expect(placeCard({ left: 40, top: 100, width: 1200, height: 60 }, card, view)).toEqual({
      left: 40,
      top: 174,
    });
    // A target low on the screen: its top would push the card off the bottom, so it is clamped.
    const low = placeCard({ left: 100, top: 700, width: 100, height: 40 }, card, view);
    expect(low).toEqual({ left: 214, top: 800 - 200 - 12 });
  });

  it('goes above a wide target near the bottom', () => {
    // Below: 600 + 120 + 14 + 200 > 800; above: 600 - 14 - 200 = 386.
    expect(placeCard({ left: 0, top: 600, width: 1280, height: 120 }, card, view)).toEqual({
      left: 12,
      top: 386,
    });
  });

  it('falls back to the bottom-right corner when the target fills the screen', () => {
    expect(placeCard({ left: 0, top: 0, width: 1280, height: 800 }, card, view)).toEqual({
      left: 1280 - 320 - 12,
      top: 800 - 200 - 12,
    });
  });
});
