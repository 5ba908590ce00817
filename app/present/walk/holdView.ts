// The canvas fits the whole graph by itself when the page around it is rearranged or resized
// (CanvasFlow): when presentation mode comes or goes, and as panes open and close. While the
// walk shows a step, and right after it gives the user's view back, the view is not the fit's
// to choose: a hold takes it back as soon as such a fit has been issued, before the fit's
// animation draws a single frame.
import type { ReactFlowState } from '@xyflow/react';

/** The parts of React Flow's store a hold reads (useStoreApi()). */
export interface FitStore {
  getState: () => Pick<ReactFlowState, 'fitViewQueued'>;
  subscribe: (listener: (state: Pick<ReactFlowState, 'fitViewQueued'>) => void) => () => void;
}

export interface HoldOptions {
  /**
   * Let go once this many animation frames have passed without a fit: the page has settled.
   * Without it, the hold lasts until the user takes the view or it is cancelled.
   */
  settleFrames?: number;
  /** Where the user's pointer, wheel and key presses arrive. */
  page?: EventTarget;
  /** The animation frame clock. */
  frames?: { request: (f: () => void) => number; cancel: (id: number) => void };
}

// One hold per canvas: a new one (the next step, the walk entered again) replaces the last.
const holding = new WeakMap<FitStore, () => void>();

/** Keys that press a focused button, such as the toolbar's Fit. */
const PRESS = new Set(['Enter', ' ']);

/**
 * Calls `then` right after each fitView the canvas starts, until the user takes the view (a
 * pointer press, the wheel, a button pressed from the keyboard), the page settles (with
 * `settleFrames`), or the returned function is called.
 */
export function holdView(store: FitStore, then: () => void, options: HoldOptions = {}): () => void {
  const page = options.page ?? window;
  const frames = options.frames ?? {
    request: (f) => requestAnimationFrame(f),
    cancel: (id) => cancelAnimationFrame(id),
  };
  holding.get(store)?.();

  let frame = 0;
  let quiet = 0;
  const tick = (): void => {
    quiet += 1;
    if (options.settleFrames !== undefined && quiet >= options.settleFrames) stop();
    else frame = frames.request(tick);
  };
  if (options.settleFrames !== undefined) frame = frames.request(tick);

  let queued = store.getState().fitViewQueued;
  // React Flow starts a queued fit and clears the flag in one store update: the fit's
  // transition is scheduled by then, and a view set now interrupts it.
  const unsubscribe = store.subscribe((state) => {
    const started = queued && !state.fitViewQueued;
    queued = state.fitViewQueued;
    if (!started) return;
    quiet = 0;
    then();
  });
  const onKey = (e: Event): void => {
    if (PRESS.has((e as KeyboardEvent).key)) stop();
  };
  const stop = (): void => {
    unsubscribe();
    frames.cancel(frame);
    page.removeEventListener('pointerdown', stop, true);
    page.removeEventListener('wheel', stop, true);
    page.removeEventListener('keydown', onKey, true);
    if (holding.get(store) === stop) holding.delete(store);
  };
  page.addEventListener('pointerdown', stop, true);
  page.addEventListener('wheel', stop, { capture: true, passive: true });
  page.addEventListener('keydown', onKey, true);
  holding.set(store, stop);
  return stop;
}

/** Ends the canvas's hold, if one is on: someone else sets the view from now on. */
export function releaseView(store: FitStore): void {
  holding.get(store)?.();
}
