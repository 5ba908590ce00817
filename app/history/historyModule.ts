// The Versions dialog's body (its list, preview, Clear and the code that reads the browser's
// database) is not needed at first paint: it is fetched when the dialog opens, or a moment earlier
// when the pointer or the focus reaches the Versions button.
import { lazyModule } from '../lazy/lazyModule';

/** VersionsDialog.tsx and everything only it uses. */
export const historyModule = lazyModule(() => import('./VersionsDialog'));

/** Starts fetching the dialog's body, so that it is there when the dialog opens. */
export function preloadHistory(): void {
  historyModule.load().catch(() => {
    // Opening the dialog fetches it again, and says so if it still fails.
  });
}
