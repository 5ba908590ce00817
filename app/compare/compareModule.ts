// Compare mode is fetched when the Compare button is pressed, or a moment earlier when the
// pointer or the focus reaches it.
import { lazyModule } from '../lazy/lazyModule';

export const compareModule = lazyModule(() => import('./compareChunk'));

export function preloadCompare(): void {
  compareModule.load().catch(() => {
    // Opening the dialog fetches it again, and says so if it still fails.
  });
}
