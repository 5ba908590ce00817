import { useCallback, useState } from 'react';
import type { WalkMove } from '../presentKeys';
import { moveTo, placeOf, type WalkStep } from './walkSteps';

/**
 * Where the walk stands and a way to move. It starts on the overview; when the steps change
 * (a new analysis), it stays on the step it was on.
 */
export function useWalk(steps: readonly WalkStep[]): {
  index: number;
  step: WalkStep;
  go: (move: WalkMove) => void;
} {
  const [at, setAt] = useState({ key: 'overview', index: 0 });
  const index = placeOf(steps, at);
  const go = useCallback(
    (move: WalkMove) => {
      const to = moveTo(move, index, steps.length);
      setAt({ key: steps[to].key, index: to });
    },
    [index, steps],
  );
  return { index, step: steps[index], go };
}
