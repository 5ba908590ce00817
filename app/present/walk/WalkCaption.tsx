import type { Ref } from 'react';
import type { PodGraph } from '../../../src/graph/types';
import { LanguageSwitch } from '../../i18n/LanguageSwitch';
import { PresentExit } from '../PresentExit';
import { useI18n } from '../../i18n/useI18n';
import { useTexts } from '../../i18n/useTexts';
import type { WalkMove } from '../presentKeys';
import { captionHead } from './caption';
import { useStepLesson } from './useStepLesson';
import { WalkLesson } from './WalkLesson';
import type { WalkStep } from './walkSteps';

interface Props {
  ref: Ref<HTMLElement>;
  steps: readonly WalkStep[];
  index: number;
  graph: PodGraph;
  onMove: (move: WalkMove) => void;
}

const KEY =
  'rounded border border-slate-300 bg-slate-50 px-1.5 font-sans text-[16px] dark:border-slate-600 dark:bg-slate-800';
const STEP_BUTTON =
  'inline-flex size-10 cursor-pointer items-center justify-center rounded-md border text-[20px] focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 disabled:cursor-default disabled:opacity-40 dark:focus-visible:outline-indigo-400';
const PLAIN =
  'border-slate-300 bg-white text-slate-700 hover:bg-slate-50 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700';
/** The first step's next button stands out: it is how the walk begins. */
const PRIMARY =
  'border-indigo-600 bg-indigo-600 text-white hover:bg-indigo-700 dark:border-indigo-500 dark:bg-indigo-500 dark:hover:bg-indigo-400';

/**
 * The walk's caption: a band across the bottom of the canvas, in type a projector carries to
 * the back of a room. What the step is, its name and what it teaches; where the walk stands and
 * how to move on.
 */
export function WalkCaption({ ref, steps, index, graph, onMove }: Props) {
  const T = useTexts('walk');
  const { lang } = useI18n();
  const step = steps[index];
  const head = captionHead(step, steps, graph, T, lang);
  const lesson = useStepLesson(step, graph);
  const last = index === steps.length - 1;
  return (
    <section
      ref={ref}
      aria-label={T.label}
      data-walk-caption
      data-walk-step={step.key}
      className="absolute inset-x-0 bottom-0 z-[5] max-h-[45%] overflow-y-auto border-t border-slate-200 bg-white px-6 py-3 text-slate-900 shadow-[0_-4px_16px_rgb(15_23_42/0.08)] dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex flex-wrap items-start justify-between gap-x-8 gap-y-2">
        <div aria-live="polite" className="min-w-0 flex-1 basis-[16rem]">
          <p className="text-[20px] text-slate-600 dark:text-slate-300">{head.kicker}</p>
          <h2 className="text-[30px] leading-tight font-semibold break-words">{head.title}</h2>
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-3 text-[18px]">
          <p className="text-slate-600 dark:text-slate-300">
            <kbd className={KEY}>←</kbd> <kbd className={KEY}>→</kbd> {T.hintStep} ·{' '}
            <kbd className={KEY}>Esc</kbd> {T.hintLeave}
          </p>
          <p className="font-semibold tabular-nums" data-walk-counter>
            <span aria-hidden="true">
              {index + 1} / {steps.length}
            </span>
            <span className="sr-only">{T.counter(index + 1, steps.length)}</span>
          </p>
          <span className="flex gap-1.5">
            <button
              type="button"
              className={`${STEP_BUTTON} ${PLAIN}`}
              aria-label={T.previous}
              title={T.previous}
              disabled={index === 0}
              onClick={() => onMove('previous')}
            >
              ←
            </button>
            <button
              type="button"
              className={`${STEP_BUTTON} ${index === 0 && !last ? PRIMARY : PLAIN}`}
              aria-label={T.next}
              title={T.next}
              disabled={last}
              onClick={() => onMove('next')}
            >
              →
            </button>
          </span>
          <LanguageSwitch />
          <PresentExit className="h-10 px-3 text-[18px]" />
        </div>
      </div>
      <div aria-live="polite" className="mt-1.5 max-w-[80ch] text-[22px] leading-snug empty:hidden">
        {head.lead && <p className={step.kind === 'finding' ? 'font-medium' : ''}>{head.lead}</p>}
        <WalkLesson lesson={lesson} label={step.kind === 'finding' ? T.why : undefined} />
        {last && steps.length > 1 && (
          <p className="mt-1 text-[20px] text-slate-600 dark:text-slate-300">{T.end}</p>
        )}
      </div>
    </section>
  );
}
