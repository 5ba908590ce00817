import { useTexts } from '../../i18n/useTexts';
import { linkButton } from '../../styles';
import type { WalkTexts } from '../../i18n/en/walk';
import type { StepLesson } from './useStepLesson';

/**
 * The teaching text of a step, after `label` when given (a finding's "why"); while the teaching
 * content is on its way, a line saying so, so the caption is never empty.
 */
export function WalkLesson({ lesson, label }: { lesson: StepLesson; label?: WalkTexts['why'] }) {
  const T = useTexts('walk');
  switch (lesson.status) {
    case 'loading':
      return (
        <p
          role="status"
          aria-busy="true"
          data-walk-lesson="loading"
          className="text-slate-600 dark:text-slate-300"
        >
          {T.loading}
        </p>
      );
    case 'failed':
      return (
        <p role="status" data-walk-lesson="failed" className="text-slate-600 dark:text-slate-300">
          {T.failed}{' '}
          <button type="button" className={linkButton} onClick={lesson.retry}>
            {T.retry}
          </button>
        </p>
      );
    case 'ready':
      if (lesson.text === undefined) return null;
      return (
        <p data-walk-lesson="ready">
          {label && (
            <>
              <strong className="font-semibold">{label.label}</strong>
              {label.space}
            </>
          )}
          {lesson.text}
        </p>
      );
  }
}
