import { useCallback, useEffect, useRef } from 'react';
import { useReactFlow, useStore, useStoreApi, type ReactFlowState } from '@xyflow/react';
import { useLatest } from '../../state/useLatest';
import { holdView } from './holdView';
import { stepViewport } from './walkView';
import type { WalkStep } from './walkSteps';

/** Long enough to follow where the view goes, short enough not to wait for it. */
const GLIDE = 450;

// The pod frame's size names the arrangement the canvas chose for its shape: when it changes,
// every element moved. (Dragging a card moves it within the frame, which keeps its size.)
const arrangement = (s: ReactFlowState): string => {
  const pod = s.nodeLookup.get('pod');
  return pod ? `${pod.measured.width}x${pod.measured.height}` : '';
};

/**
 * Moves the canvas to the step's elements (the whole graph for the overview), clear of the
 * caption's `caption` pixels at the bottom. It glides from step to step and follows the caption
 * as its text changes; the first step, a resized canvas and a new arrangement are set at once.
 */
export function useStepViewport(step: WalkStep, caption: number): void {
  const { getNodesBounds, setViewport } = useReactFlow();
  const store = useStoreApi();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const laidOut = useStore(arrangement);
  // By value: the steps are rebuilt with every new analysis, their elements rarely change.
  const wanted = step.nodes.join('\n');

  const show = useCallback(
    (duration: number) => {
      const { width, height, nodeLookup, maxZoom } = store.getState();
      if (width === 0 || height === 0 || nodeLookup.size === 0) return;
      const ids = wanted === '' ? [] : wanted.split('\n').filter((id) => nodeLookup.has(id));
      const bounds = getNodesBounds(ids.length > 0 ? ids : [...nodeLookup.keys()]);
      const view = stepViewport(bounds, { width, height, caption }, ids.length === 0, maxZoom);
      void setViewport(view, { duration });
    },
    [wanted, caption, store, getNodesBounds, setViewport],
  );

  // Gliding is for moving between steps; a new canvas size or arrangement is followed at once.
  const shown = useRef('');
  useEffect(() => {
    const canvas = `${width}x${height}:${laidOut}`;
    const moved = shown.current !== canvas;
    shown.current = canvas;
    show(moved ? 0 : GLIDE);
  }, [show, width, height, laidOut]);

  // The canvas fits itself to presentation mode's arrangement a moment after the walk begins,
  // and again when the window is resized: each step holds the view over those fits, until
  // the user pans or zooms by hand (the next step takes the view back).
  const latest = useLatest(show);
  useEffect(() => holdView(store, () => latest.current(0)), [store, latest, step.key]);
}
