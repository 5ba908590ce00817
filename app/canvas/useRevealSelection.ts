import { useEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import type { Selection } from '../state/types';
import type { FlowEdge } from './flowTypes';
import { inSight } from './viewport';

/** The node that stands for a selection on the canvas. */
function nodeOf(
  selection: Selection | null,
  touched: readonly string[],
  edges: readonly FlowEdge[],
): string | undefined {
  switch (selection?.kind) {
    case 'node':
      return selection.id;
    case 'edge':
      return edges.find((e) => e.id === selection.id)?.source;
    case 'port':
      return 'namespace:network';
    case 'finding':
      return touched[0];
    default:
      return undefined;
  }
}

/**
 * A selection made elsewhere (the editor's cursor, the findings list) pans the canvas to the
 * node it is about when that node is out of view; the zoom stays. Selections made on the
 * canvas are in view already, so they never move it.
 */
export function useRevealSelection(
  selection: Selection | null,
  touched: readonly string[],
  edges: readonly FlowEdge[],
): void {
  const store = useStoreApi();
  const { setCenter } = useReactFlow();
  const target = nodeOf(selection, touched, edges);
  useEffect(() => {
    if (target === undefined) return;
    const { nodeLookup, transform, width, height } = store.getState();
    const node = nodeLookup.get(target);
    if (!node || width === 0) return;
    const box = {
      ...node.internals.positionAbsolute,
      width: node.measured.width ?? 0,
      height: node.measured.height ?? 0,
    };
    if (inSight(box, transform, width, height)) return;
    void setCenter(box.x + box.width / 2, box.y + box.height / 2, {
      zoom: transform[2],
      duration: 200,
    });
  }, [target, store, setCenter]);
}
