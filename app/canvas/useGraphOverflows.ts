import { useStore, type ReactFlowState } from '@xyflow/react';
import { fullyInView } from './viewport';

// Returns a boolean, so the canvas re-renders only when the answer flips, not on every pan.
function overflows(s: ReactFlowState): boolean {
  if (s.width === 0 || s.height === 0) return false;
  for (const node of s.nodeLookup.values()) {
    const box = {
      ...node.internals.positionAbsolute,
      width: node.measured.width ?? 0,
      height: node.measured.height ?? 0,
    };
    if (!fullyInView(box, s.transform, s.width, s.height)) return true;
  }
  return false;
}

/**
 * True when part of the graph lies outside the visible canvas: that is when a minimap helps,
 * and only then is it worth the corner it covers.
 */
export function useGraphOverflows(): boolean {
  return useStore(overflows);
}
