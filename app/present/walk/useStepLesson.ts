import { useMemo } from 'react';
import type { PodGraph } from '../../../src/graph/types';
import { useI18n } from '../../i18n/useI18n';
import { useLazyModule } from '../../lazy/useLazyModule';
import type { Target } from '../../state/target';
import { lessonModule } from '../../teach/lessonModule';
import type { WalkStep } from './walkSteps';

/** A step's teaching text: there, on its way, not fetched (with a retry), or none to give. */
export type StepLesson =
  | { status: 'ready'; text: string | undefined }
  | { status: 'loading' }
  | { status: 'failed'; retry: () => void };

function targetOf(step: WalkStep): Target | undefined {
  switch (step.kind) {
    case 'overview':
      return undefined;
    case 'finding':
      return { kind: 'finding', finding: step.finding, index: 0 };
    default:
      return { kind: 'node', node: step.node };
  }
}

/**
 * What the inspector teaches about the step's element, in the page's language: for an element
 * what it is, for a finding why its rule matters. The teaching content is fetched on first use.
 */
export function useStepLesson(step: WalkStep, graph: PodGraph): StepLesson {
  const { lang } = useI18n();
  const content = useLazyModule(lessonModule);
  const explain = content.status === 'ready' ? content.module : undefined;
  const retry = content.status === 'failed' ? content.retry : undefined;
  return useMemo((): StepLesson => {
    const target = targetOf(step);
    if (!target) return { status: 'ready', text: undefined };
    if (retry) return { status: 'failed', retry };
    if (!explain) return { status: 'loading' };
    const text = explain.topicFor(target, graph)?.[lang];
    return { status: 'ready', text: step.kind === 'finding' ? text?.why : text?.what };
  }, [step, graph, lang, explain, retry]);
}
