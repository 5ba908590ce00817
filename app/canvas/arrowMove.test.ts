import { describe, expect, it } from 'vitest';
import { arrowMove } from './arrowMove';

const card = { width: 200, height: 120 };
const frame = { width: 600, height: 400 };

describe('moving a selected node with the arrow keys', () => {
  it('moves 10px per press in the arrow’s direction, 40px with Shift', () => {
    expect(arrowMove('ArrowRight', false, { x: 100, y: 50 }, card)).toEqual({
      position: { x: 110, y: 50 },
      direction: 'right',
    });
    expect(arrowMove('ArrowUp', false, { x: 100, y: 50 }, card)?.position).toEqual({
      x: 100,
      y: 40,
    });
    expect(arrowMove('ArrowDown', true, { x: 100, y: 50 }, card)?.position).toEqual({
      x: 100,
      y: 90,
    });
    expect(arrowMove('ArrowLeft', true, { x: 100, y: 50 }, card)?.direction).toBe('left');
  });

  it('ignores every other key', () => {
    for (const key of ['Enter', ' ', 'Tab', 'a', 'Home']) {
      expect(arrowMove(key, false, { x: 0, y: 0 }, card)).toBeNull();
    }
  });

  it('keeps a node inside its parent frame, as dragging does', () => {
    // Right edge: x may go up to 600 - 200 = 400, no further.
    expect(arrowMove('ArrowRight', true, { x: 390, y: 10 }, card, frame)?.position).toEqual({
      x: 400,
      y: 10,
    });
    // Top edge: y stops at 0.
    expect(arrowMove('ArrowUp', false, { x: 20, y: 4 }, card, frame)?.position).toEqual({
      x: 20,
      y: 0,
    });
    // Bottom edge: y may go up to 400 - 120 = 280.
    expect(arrowMove('ArrowDown', true, { x: 20, y: 270 }, card, frame)?.position).toEqual({
      x: 20,
      y: 280,
    });
  });

  it('moves a node without a parent anywhere, negative positions included', () => {
    expect(arrowMove('ArrowLeft', false, { x: 5, y: 0 }, card)?.position).toEqual({ x: -5, y: 0 });
  });
});
