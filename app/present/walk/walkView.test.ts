import { describe, expect, it } from 'vitest';
import { MAX_FIT_ZOOM } from '../../../src/graph/layout';
import { OVERVIEW_SIDE, ROOM_BOTTOM, ROOM_TOP } from './room';
import { stepViewport, type Rect, type Viewport } from './walkView';

const canvas = { width: 1280, height: 720, caption: 200 };

/** Where a flow box lands on the canvas. */
function onCanvas(b: Rect, v: Viewport): Rect {
  return {
    x: b.x * v.zoom + v.x,
    y: b.y * v.zoom + v.y,
    width: b.width * v.zoom,
    height: b.height * v.zoom,
  };
}

describe('stepViewport', () => {
  it('keeps an element clear of the caption, the attribution and the sides', () => {
    const card = { x: 400, y: 300, width: 300, height: 260 };
    const s = onCanvas(card, stepViewport(card, canvas, false, 2));
    expect(s.y).toBeGreaterThanOrEqual(ROOM_TOP - 0.01);
    expect(s.y + s.height).toBeLessThanOrEqual(720 - 200 - ROOM_BOTTOM + 0.01);
    expect(s.x).toBeGreaterThanOrEqual(128 - 0.01);
    expect(s.x + s.width).toBeLessThanOrEqual(1280 - 128 + 0.01);
  });

  it('centres the element in the room above the caption', () => {
    const card = { x: -50, y: 900, width: 200, height: 100 };
    const s = onCanvas(card, stepViewport(card, canvas, false, 2));
    expect(s.x + s.width / 2).toBeCloseTo(640);
    expect(s.y + s.height / 2).toBeCloseTo(ROOM_TOP + (720 - 200 - ROOM_TOP - ROOM_BOTTOM) / 2);
  });

  it('brings a small element as close as the canvas allows; the whole pod as close as Fit', () => {
    const chip = { x: 0, y: 0, width: 40, height: 20 };
    expect(stepViewport(chip, canvas, false, 2).zoom).toBe(2);
    expect(stepViewport(chip, canvas, true, 2).zoom).toBe(MAX_FIT_ZOOM);
    expect(stepViewport(chip, canvas, true, 1).zoom).toBe(1);
  });

  it('shrinks a pod bigger than the room to fit it', () => {
    const pod = { x: 0, y: 0, width: 2400, height: 1200 };
    const v = stepViewport(pod, canvas, true, 2);
    const s = onCanvas(pod, v);
    expect(v.zoom).toBeLessThan(1);
    expect(s.x).toBeGreaterThanOrEqual(OVERVIEW_SIDE - 0.01);
    expect(s.x + s.width).toBeLessThanOrEqual(1280 - OVERVIEW_SIDE + 0.01);
    expect(s.y + s.height).toBeLessThanOrEqual(720 - 200 - ROOM_BOTTOM + 0.01);
  });

  it('a taller caption moves the element up', () => {
    const card = { x: 0, y: 0, width: 300, height: 200 };
    const low = stepViewport(card, { ...canvas, caption: 120 }, false, 2);
    const high = stepViewport(card, { ...canvas, caption: 260 }, false, 2);
    expect(onCanvas(card, high).y).toBeLessThan(onCanvas(card, low).y);
  });

  it('survives a canvas with no room left', () => {
    const v = stepViewport(
      { x: 0, y: 0, width: 100, height: 100 },
      { width: 0, height: 0, caption: 300 },
      false,
      2,
    );
    expect(Number.isFinite(v.x) && Number.isFinite(v.y) && v.zoom > 0).toBe(true);
  });
});
