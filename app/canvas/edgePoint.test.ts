import { getBezierPath, Position } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { labelPosition, pointOnPath } from './edgePoint';

describe('pointOnPath', () => {
  const [path, centerX, centerY] = getBezierPath({
    sourceX: 100,
    sourceY: 50,
    sourcePosition: Position.Bottom,
    targetX: 300,
    targetY: 250,
    targetPosition: Position.Top,
  });

  it('starts at the source, ends at the target', () => {
    expect(pointOnPath(path, 0)).toEqual({ x: 100, y: 50 });
    expect(pointOnPath(path, 1)).toEqual({ x: 300, y: 250 });
  });

  it('agrees with React Flow about the middle of the edge', () => {
    const mid = pointOnPath(path, 0.5);
    expect(mid?.x).toBeCloseTo(centerX);
    expect(mid?.y).toBeCloseTo(centerY);
  });

  it('follows the curve: a vertical start and end bend towards the target in between', () => {
    // Control points straight below the source and above the target: at a quarter of the
    // way, the curve has gone down more than across.
    const q = pointOnPath(path, 0.25);
    expect(q && q.y - 50).toBeGreaterThan(q ? q.x - 100 : 0);
  });

  it('refuses paths that are not a single cubic segment', () => {
    expect(pointOnPath('M0,0 L10,10', 0.5)).toBeUndefined();
  });
});

describe('labelPosition', () => {
  it('moves labels towards the end where edges spread apart', () => {
    expect(labelPosition(1, 1)).toBe(0.5);
    expect(labelPosition(3, 1)).toBeGreaterThan(0.5);
    expect(labelPosition(1, 2)).toBeLessThan(0.5);
    expect(labelPosition(2, 2)).toBe(0.5);
  });
});
