import { useCallback } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { inSight } from './viewport';

/**
 * Keyboard focus on a node that lies outside the visible part of the canvas pans to it, so
 * tabbing through the graph never leaves the focus out of sight.
 */
export function useRevealOnFocus(id: string): (target: Element) => void {
  const store = useStoreApi();
  const { setCenter } = useReactFlow();
  return useCallback(
    (target: Element) => {
      if (!target.matches(':focus-visible')) return;
      const { nodeLookup, transform, width, height } = store.getState();
      const node = nodeLookup.get(id);
      if (!node) return;
      const box = {
        ...node.internals.positionAbsolute,
        width: node.measured.width ?? node.width ?? 0,
        height: node.measured.height ?? node.height ?? 0,
      };
      if (inSight(box, transform, width, height)) return;
      void setCenter(box.x + box.width / 2, box.y + box.height / 2, {
        zoom: transform[2],
        duration: 200,
      });
    },
    [id, store, setCenter],
  );
}
