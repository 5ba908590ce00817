// The teaching content (every topic, in both languages, with its command builders) is the
// largest part of the page that first paint does without: it is fetched when the inspector
// first explains something, and kept.
import { lazyModule } from '../lazy/lazyModule';

/** explain.ts and everything it teaches from, fetched on first use. */
export const lessonModule = lazyModule(() => import('./explain'));
