import { describe, expect, it } from 'vitest';
import { buildAxis, spacedTicks } from './axis';

describe('buildAxis', () => {
  it('gives every step its own place, in order, even at the same second', () => {
    const axis = buildAxis([0, 0, 0, 10], []);
    const xs = [0, 1, 2, 3].map(axis.stepX);
    expect(xs[0]).toBe(0);
    for (let i = 1; i < xs.length; i++) expect(xs[i]).toBeGreaterThan(xs[i - 1]);
    // Room after the last moment for the states that hold on.
    expect(xs[3]).toBeLessThan(1);
  });

  it('draws long waits shorter than they last, but longer than short ones', () => {
    const axis = buildAxis([0, 10, 310], []);
    const short = axis.stepX(1) - axis.stepX(0);
    const long = axis.stepX(2) - axis.stepX(1);
    expect(long).toBeGreaterThan(short);
    expect(long / short).toBeLessThan(30);
  });

  it('places a time that only a range names between the steps around it', () => {
    const axis = buildAxis([0, 40], [300, 20]);
    expect(axis.x(20)).toBeGreaterThan(axis.stepX(0));
    expect(axis.x(20)).toBeLessThan(axis.stepX(1));
    // Beyond the last step, the axis runs on to it.
    expect(axis.x(300)).toBeGreaterThan(axis.stepX(1));
    expect(axis.x(300)).toBeLessThan(1);
  });

  it('puts a time shared by several steps at the last of them, and no bound at the end', () => {
    const axis = buildAxis([0, 5, 5, 5], []);
    expect(axis.x(5)).toBe(axis.stepX(3));
    expect(axis.x(null)).toBe(1);
  });

  it('interpolates a time between two knots in proportion', () => {
    const axis = buildAxis([0, 10], []);
    const mid = axis.x(5);
    expect(mid).toBeCloseTo((axis.stepX(0) + axis.stepX(1)) / 2, 6);
  });

  it('labels each distinct second once, left to right', () => {
    const axis = buildAxis([0, 0, 10, 10, 30], [20]);
    expect(axis.ticks.map((t) => t.seconds)).toEqual([0, 10, 20, 30]);
    const xs = axis.ticks.map((t) => t.x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    // A second's label sits where its first moment is.
    expect(axis.ticks[1].x).toBe(axis.stepX(2));
  });

  it('draws an empty scenario without failing', () => {
    const axis = buildAxis([], []);
    expect(axis.ticks).toEqual([]);
    expect(axis.x(3)).toBe(0);
    expect(axis.x(null)).toBe(1);
  });
});

describe('spacedTicks', () => {
  it('leaves out a label too close to the one before it, and keeps the next one that has room', () => {
    const ticks = [0, 0.03, 0.06, 0.2, 0.5].map((x) => ({ x }));
    expect(spacedTicks(ticks, 0.05).map((t) => t.x)).toEqual([0, 0.06, 0.2, 0.5]);
    expect(spacedTicks(ticks, 0.1).map((t) => t.x)).toEqual([0, 0.2, 0.5]);
    expect(spacedTicks([], 0.1)).toEqual([]);
  });
});
