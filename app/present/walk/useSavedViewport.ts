import { useLayoutEffect } from 'react';
import { useReactFlow, useStoreApi } from '@xyflow/react';
import { holdView, releaseView } from './holdView';

/** Frames without a fit after which the page around the canvas has settled (a pane's slide). */
const SETTLE_FRAMES = 12;

/**
 * Keeps the view the user had when the walk began and gives it back when the walk ends: the
 * same pan and zoom, also after the canvas fits itself to the page coming back around it.
 */
export function useSavedViewport(): void {
  const { getViewport, setViewport } = useReactFlow();
  const store = useStoreApi();
  // Before paint and before the walk's first step moves anything.
  useLayoutEffect(() => {
    // Entered again right after leaving: the last walk's view is no longer to be given back.
    releaseView(store);
    const saved = getViewport();
    return () => {
      const restore = (): void => void setViewport(saved);
      restore();
      holdView(store, restore, { settleFrames: SETTLE_FRAMES });
    };
  }, [getViewport, setViewport, store]);
}
