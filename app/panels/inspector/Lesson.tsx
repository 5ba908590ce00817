import { useLazyModule } from '../../lazy/useLazyModule';
import { LessonLoading } from '../../teach/LessonLoading';
import { isPending, type LessonSlot } from '../../teach/useLesson';
import { lessonSectionsModule } from './lessonSectionsModule';

const LOADING = { pending: 'loading' } as const;

/**
 * The explanation after the facts: one quiet placeholder until both the teaching content and
 * the sections that show it have arrived (fetched side by side), then the sections.
 */
export function Lesson({ lesson, rule }: { lesson: LessonSlot; rule: boolean }) {
  const view = useLazyModule(lessonSectionsModule);
  if (isPending(lesson)) return <LessonLoading lesson={lesson} />;
  if (view.status === 'failed')
    return <LessonLoading lesson={{ pending: 'failed', retry: view.retry }} />;
  if (view.status === 'loading') return <LessonLoading lesson={LOADING} />;
  const { LessonSections } = view.module;
  return <LessonSections lesson={lesson} rule={rule} />;
}
