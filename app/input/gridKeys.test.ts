import { describe, expect, it } from 'vitest';
import { moveInGrid, type CardBox } from './gridKeys';

// Cards 300px wide and 120px tall with 16px gaps, `columns` to a row.
function grid(count: number, columns: number): CardBox[] {
  return Array.from({ length: count }, (_, i) => ({
    left: (i % columns) * 316,
    top: Math.floor(i / columns) * 136,
  }));
}

describe('moveInGrid', () => {
  const three = grid(8, 3); // rows: 0 1 2 / 3 4 5 / 6 7

  it('moves right and left in reading order and stops at the ends', () => {
    expect(moveInGrid(three, 2, 'ArrowRight')).toBe(3);
    expect(moveInGrid(three, 3, 'ArrowLeft')).toBe(2);
    expect(moveInGrid(three, 7, 'ArrowRight')).toBeNull();
    expect(moveInGrid(three, 0, 'ArrowLeft')).toBeNull();
  });

  it('moves down and up within the same column', () => {
    expect(moveInGrid(three, 1, 'ArrowDown')).toBe(4);
    expect(moveInGrid(three, 4, 'ArrowDown')).toBe(7);
    expect(moveInGrid(three, 7, 'ArrowUp')).toBe(4);
    expect(moveInGrid(three, 0, 'ArrowUp')).toBeNull();
  });

  it('lands on the nearest card of a shorter last row', () => {
    expect(moveInGrid(three, 5, 'ArrowDown')).toBe(7);
    expect(moveInGrid(three, 7, 'ArrowDown')).toBeNull();
  });

  it('treats sub-pixel differences as one row', () => {
    const boxes = [
      { left: 0, top: 0 },
      { left: 316, top: 0.5 },
      { left: 0, top: 136 },
      { left: 316, top: 135.6 },
    ];
    expect(moveInGrid(boxes, 1, 'ArrowDown')).toBe(3);
    expect(moveInGrid(boxes, 0, 'ArrowDown')).toBe(2);
  });

  it('walks a single column with up and down', () => {
    const one = grid(3, 1);
    expect(moveInGrid(one, 0, 'ArrowDown')).toBe(1);
    expect(moveInGrid(one, 2, 'ArrowUp')).toBe(1);
  });

  it('jumps with Home and End and ignores other keys', () => {
    expect(moveInGrid(three, 4, 'Home')).toBe(0);
    expect(moveInGrid(three, 4, 'End')).toBe(7);
    expect(moveInGrid(three, 4, 'Enter')).toBeNull();
    expect(moveInGrid([], 0, 'End')).toBeNull();
  });
});
