import { useMemo } from 'react';
import type { WorkloadAnalysis } from '../../src/analysis';
import type { PodGraph } from '../../src/graph/types';
import { useI18n } from '../i18n/useI18n';
import type { Target } from '../panels/target';
import { lessonFor, type Lesson } from './explain';

/** The lesson for the inspected target in the page's language. */
export function useLesson(
  workload: WorkloadAnalysis,
  graph: PodGraph,
  target: Target,
): Lesson | undefined {
  const { lang } = useI18n();
  return useMemo(() => lessonFor(workload, graph, target, lang), [workload, graph, target, lang]);
}
