// The walk (its steps, caption and texts) is not needed before presentation mode starts: it is
// fetched then, or a moment earlier when the pointer or the focus reaches the Present button.
import { lazyModule } from '../../lazy/lazyModule';

/** WalkView.tsx and everything only it uses. */
export const walkModule = lazyModule(() => import('./WalkView'));

/** Starts fetching the walk, so that it is there when presentation mode starts. */
export function preloadWalk(): void {
  walkModule.load().catch(() => {
    // Presentation mode fetches it again when it starts.
  });
}
