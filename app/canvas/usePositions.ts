import { useCallback, useState } from 'react';
import type { XYPosition } from '@xyflow/react';

type Positions = Readonly<Record<string, XYPosition>>;

const NONE: Positions = {};

/**
 * Positions the user dragged nodes to, by node id (relative to the pod frame for its children,
 * as React Flow reports them). They survive live edits of the same workload and are dropped
 * when `workloadKey` changes or on `reset` (Re-layout).
 */
export function usePositions(workloadKey: string): {
  positions: Positions;
  move: (id: string, position: XYPosition) => void;
  reset: () => void;
} {
  const [state, setState] = useState<{ key: string; positions: Positions }>({
    key: workloadKey,
    positions: NONE,
  });
  // Adjusting state while rendering (not in an effect) so the first paint of a new workload
  // already ignores the old one's positions; switching back later starts fresh too.
  if (state.key !== workloadKey) setState({ key: workloadKey, positions: NONE });
  const move = useCallback(
    (id: string, position: XYPosition) =>
      setState((s) => ({ key: s.key, positions: { ...s.positions, [id]: position } })),
    [],
  );
  const reset = useCallback(() => setState((s) => ({ key: s.key, positions: NONE })), []);
  return { positions: state.key === workloadKey ? state.positions : NONE, move, reset };
}
