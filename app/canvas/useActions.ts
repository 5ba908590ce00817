import { useLayoutEffect, useMemo, useRef } from 'react';
import type { XYPosition } from '@xyflow/react';
import type { Selection } from '../state/types';
import type { CanvasActions } from './canvasActions';

/**
 * The canvas actions for node components, stable across renders: a new `onSelect` from the
 * shell must not re-render every memoized node, so calls go through a ref to the latest one.
 */
export function useActions(
  onSelect: (selection: Selection | null) => void,
  hover: (containerId: string | null) => void,
  move: (id: string, position: XYPosition) => void,
): CanvasActions {
  const latest = useRef(onSelect);
  useLayoutEffect(() => {
    latest.current = onSelect;
  });
  return useMemo(() => ({ select: (s) => latest.current(s), hover, move }), [hover, move]);
}
