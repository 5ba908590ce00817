import { createContext, use } from 'react';
import type { XYPosition } from '@xyflow/react';
import type { Selection } from '../state/types';

/** What node and edge components can ask of the canvas. Stable for the canvas's lifetime. */
export interface CanvasActions {
  select: (selection: Selection | null) => void;
  /** A container is hovered or focused (null: none), for dimming what it does not share. */
  hover: (containerId: string | null) => void;
  /** A node was moved from the keyboard (React Flow reports mouse drags itself). */
  move: (id: string, position: XYPosition) => void;
}

export const CanvasActionsContext = createContext<CanvasActions>({
  select: () => undefined,
  hover: () => undefined,
  move: () => undefined,
});

export function useCanvasActions(): CanvasActions {
  return use(CanvasActionsContext);
}
