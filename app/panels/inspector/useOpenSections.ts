import { useSyncExternalStore } from 'react';
import type { LessonSectionId } from './lessonSections';
import { getOpenSections, subscribeOpenSections } from './sectionStore';

/** The teaching sections the reader has open, the same for every inspected element. */
export function useOpenSections(): ReadonlySet<LessonSectionId> {
  return useSyncExternalStore(subscribeOpenSections, getOpenSections);
}
