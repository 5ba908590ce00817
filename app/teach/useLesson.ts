import { useMemo } from 'react';
import type { WorkloadAnalysis } from '../../src/analysis/result';
import type { PodGraph } from '../../src/graph/types';
import { useI18n } from '../i18n/useI18n';
import { useLazyModule } from '../lazy/useLazyModule';
import type { Target } from '../state/target';
import type { Lesson } from './explain';
import { lessonModule } from './lessonModule';

/** The teaching content is still on its way (or could not be fetched: then `retry`). */
export interface PendingLesson {
  pending: 'loading' | 'failed';
  retry?: () => void;
}

/** What the inspector can show of a lesson: the lesson, its placeholder, or nothing to teach. */
export type LessonSlot = Lesson | PendingLesson;

/** True while the lesson's content has not arrived. */
export function isPending(lesson: LessonSlot): lesson is PendingLesson {
  return 'pending' in lesson;
}

/** The lesson for the inspected target in the page's language; a placeholder until it loads. */
export function useLesson(
  workload: WorkloadAnalysis,
  graph: PodGraph,
  target: Target,
): LessonSlot | undefined {
  const { lang } = useI18n();
  const content = useLazyModule(lessonModule);
  const explain = content.status === 'ready' ? content.module : undefined;
  const failed = content.status === 'failed' ? content.retry : undefined;
  return useMemo((): LessonSlot | undefined => {
    if (explain) return explain.lessonFor(workload, graph, target, lang);
    return failed ? { pending: 'failed', retry: failed } : { pending: 'loading' };
  }, [explain, failed, workload, graph, target, lang]);
}
