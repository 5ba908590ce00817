// Moving a selected node with the arrow keys, the keyboard's way to drag (as React Flow does for
// nodes it focuses itself). Pure: the hook in useArrowMove.ts reads the node and applies it.
import type { XYPosition } from '@xyflow/react';

export interface BoxSize {
  width: number;
  height: number;
}

/** Pixels per press; Shift moves four times as far, as in React Flow. */
export const ARROW_STEP = 10;
export const FAST_FACTOR = 4;

const DIRECTIONS: Record<string, { x: number; y: number; name: string }> = {
  ArrowUp: { x: 0, y: -1, name: 'up' },
  ArrowDown: { x: 0, y: 1, name: 'down' },
  ArrowLeft: { x: -1, y: 0, name: 'left' },
  ArrowRight: { x: 1, y: 0, name: 'right' },
};

/**
 * Where an arrow key moves a node at `position` (relative to its parent, if any), or null for
 * any other key. A node kept inside a parent (the pod frame's children) stops at its edges,
 * as it does when dragged.
 */
export function arrowMove(
  key: string,
  faster: boolean,
  position: XYPosition,
  size: BoxSize,
  parent?: BoxSize,
): { position: XYPosition; direction: string } | null {
  const d = DIRECTIONS[key];
  if (!d) return null;
  const step = ARROW_STEP * (faster ? FAST_FACTOR : 1);
  let x = position.x + d.x * step;
  let y = position.y + d.y * step;
  if (parent) {
    x = clamp(x, 0, Math.max(0, parent.width - size.width));
    y = clamp(y, 0, Math.max(0, parent.height - size.height));
  }
  return { position: { x, y }, direction: d.name };
}

function clamp(n: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, n));
}
