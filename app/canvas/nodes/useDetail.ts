import { useStore, type ReactFlowState } from '@xyflow/react';
import { DETAIL_ZOOM } from '../../../src/graph/sizes';

// A boolean selector: cards re-render when the zoom crosses the threshold, not on every zoom step.
const zoomedIn = (s: ReactFlowState): boolean => s.transform[2] >= DETAIL_ZOOM;

/** True once the canvas is zoomed in far enough for cards to show their details. */
export function useDetail(): boolean {
  return useStore(zoomedIn);
}
