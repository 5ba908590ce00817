import { describe, expect, it } from 'vitest';
import { fullyInView, inSight, onScreen } from './viewport';

const card = { x: 100, y: 50, width: 200, height: 100 };

describe('onScreen', () => {
  it('scales by the zoom, then shifts by the pan', () => {
    expect(onScreen(card, [10, -20, 0.5])).toEqual({ x: 60, y: 5, width: 100, height: 50 });
  });
});

describe('fullyInView', () => {
  it('needs every edge of the box inside the canvas', () => {
    expect(fullyInView(card, [0, 0, 1], 300, 150)).toBe(true);
    expect(fullyInView(card, [0, 0, 1], 299, 150)).toBe(false);
    expect(fullyInView(card, [-101, 0, 1], 800, 600)).toBe(false);
    // Zoomed in twice: the card spans 200…600 × 100…300.
    expect(fullyInView(card, [0, 0, 2], 600, 300)).toBe(true);
    expect(fullyInView(card, [0, 0, 2], 599, 300)).toBe(false);
  });
});

describe('inSight', () => {
  it('wants a small box whole', () => {
    expect(inSight(card, [-150, 0, 1], 800, 600)).toBe(false);
  });

  it('settles for a part of a box bigger than the canvas', () => {
    const frame = { x: 0, y: 0, width: 2000, height: 1500 };
    expect(inSight(frame, [-500, -400, 1], 800, 600)).toBe(true);
    expect(inSight(frame, [-2100, 0, 1], 800, 600)).toBe(false);
  });
});
