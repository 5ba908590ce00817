import { useCallback } from 'react';
import { useStoreApi } from '@xyflow/react';
import { arrowMove, type BoxSize } from './arrowMove';
import { useCanvasActions } from './canvasActions';
import type { FlowNode } from './flowTypes';

/**
 * The arrow keys on a selected node's title move the node, like a drag; React Flow's live
 * region says where it went, in the page's language (its ariaLabelConfig). Returns whether the
 * key moved it.
 */
export function useArrowMove(id: string): (key: string, faster: boolean) => boolean {
  const store = useStoreApi<FlowNode>();
  const { move } = useCanvasActions();
  return useCallback(
    (key: string, faster: boolean) => {
      const { nodeLookup, ariaLabelConfig } = store.getState();
      const node = nodeLookup.get(id);
      if (!node) return false;
      const parent =
        node.parentId && node.extent === 'parent' ? nodeLookup.get(node.parentId) : undefined;
      const next = arrowMove(key, faster, node.position, sizeOf(node), parent && sizeOf(parent));
      if (!next) return false;
      move(id, next.position);
      const origin = parent?.internals.positionAbsolute ?? { x: 0, y: 0 };
      store.setState({
        ariaLiveMessage: ariaLabelConfig['node.a11yDescription.ariaLiveMessage']({
          direction: next.direction,
          x: Math.round(origin.x + next.position.x),
          y: Math.round(origin.y + next.position.y),
        }),
      });
      return true;
    },
    [id, store, move],
  );
}

function sizeOf(n: { measured: Partial<BoxSize>; width?: number; height?: number }): BoxSize {
  return { width: n.measured.width ?? n.width ?? 0, height: n.measured.height ?? n.height ?? 0 };
}
