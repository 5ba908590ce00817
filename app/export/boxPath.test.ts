import { describe, expect, it } from 'vitest';
import { fitCorners, insetCorners, roundedRectPath, sameCorners, type Corners } from './boxPath';

const round = (r: number): Corners => [
  { rx: r, ry: r },
  { rx: r, ry: r },
  { rx: r, ry: r },
  { rx: r, ry: r },
];

describe('fitCorners', () => {
  it('keeps radii that fit', () => {
    expect(fitCorners(round(8), 100, 40)).toEqual(round(8));
  });

  it('makes a rounded-full pill a stadium: half its height at every corner', () => {
    expect(fitCorners(round(33554400), 60, 20)).toEqual(round(10));
  });

  it('treats a corner with one zero radius as square', () => {
    const c = fitCorners([{ rx: 4, ry: 0 }, ...round(4).slice(1)] as unknown as Corners, 50, 50);
    expect(c[0]).toEqual({ rx: 0, ry: 0 });
    expect(c[1]).toEqual({ rx: 4, ry: 4 });
  });
});

describe('insetCorners', () => {
  it('moves the corners in by the border widths, down to square', () => {
    const c = insetCorners(round(8), [1, 2, 10, 4]);
    expect(c[0]).toEqual({ rx: 4, ry: 7 });
    expect(c[1]).toEqual({ rx: 6, ry: 7 });
    expect(c[2]).toEqual({ rx: 0, ry: 0 });
  });
});

describe('roundedRectPath', () => {
  it('draws a square box with straight lines only', () => {
    expect(roundedRectPath({ x: 1, y: 2, width: 10, height: 5 }, round(0))).toBe('M1 2H11V7H1V2Z');
  });

  it('draws each corner with its own arc', () => {
    const corners: Corners = [
      { rx: 2, ry: 2 },
      { rx: 0, ry: 0 },
      { rx: 0, ry: 0 },
      { rx: 3, ry: 4 },
    ];
    expect(roundedRectPath({ x: 0, y: 0, width: 20, height: 10 }, corners)).toBe(
      'M2 0H20V10H3A3 4 0 0 1 0 6V2A2 2 0 0 1 2 0Z',
    );
    expect(sameCorners(corners)).toBe(false);
    expect(sameCorners(round(3))).toBe(true);
  });
});
