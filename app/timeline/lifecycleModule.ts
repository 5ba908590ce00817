// The engine's lifecycle model (the timeline, its scenarios, the status explainer and their texts
// in both languages) is not needed at first paint: it is fetched when the timeline opens, when a
// pod with a status is drawn, or a moment earlier when the pointer or the focus reaches the
// Timeline button.
import { lazyModule } from '../lazy/lazyModule';

/** src/lifecycle and everything only it uses. */
export const lifecycleModule = lazyModule(() => import('../../src/lifecycle/index'));

/** The timeline panel: its lanes, player and switches (it loads the engine's module too). */
export const timelinePanelModule = lazyModule(() => import('./TimelinePanel'));

/** Starts fetching the timeline, so that it is there when the button is pressed. */
export function preloadTimeline(): void {
  timelinePanelModule.load().catch(() => {
    // Opening the timeline fetches it again, and says so if it still fails.
  });
}
