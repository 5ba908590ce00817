import { lifecycleText } from '../../src/lifecycle/index';
import type { ScenarioStep } from '../../src/lifecycle/types';
import { useI18n } from '../i18n/useI18n';
import { useLifecycleTexts } from './lifecycleTexts';

interface Props {
  step: ScenarioStep | undefined;
  index: number;
  total: number;
}

/** What happens at the cursor, in the page's language; read out as it changes. */
export function StepCaption({ step, index, total }: Props) {
  const T = useLifecycleTexts();
  const { lang } = useI18n();
  if (!step) return null;
  return (
    <p
      aria-live="polite"
      data-event={step.event.id}
      data-step={index}
      className="flex min-h-[2.75rem] items-start gap-2 px-3 py-1.5 text-[16px] leading-6"
    >
      <span className="shrink-0 rounded bg-slate-100 px-1.5 font-mono text-[15px] tabular-nums text-slate-700 dark:bg-slate-800 dark:text-slate-200">
        {T.seconds(step.atSeconds)}
      </span>
      <span>
        <span className="sr-only">{T.stepOf(index + 1, total)}. </span>
        {lifecycleText(step.event, lang)}
      </span>
    </p>
  );
}
