// The explanation's sections (the disclosure widgets, the command list with its Copy buttons,
// the prose renderer) show only once the teaching content has arrived, so they need not be part
// of first paint: fetched beside that content, and kept.
import { lazyModule } from '../../lazy/lazyModule';

/** LessonSections.tsx and what only it uses, fetched on first use. */
export const lessonSectionsModule = lazyModule(() => import('./LessonSections'));
