import { useTexts } from '../../i18n/useTexts';
import type { ResourceBar } from '../resourceBars';

// The overview's type (legible at Fit) and the details' small type (shown zoomed in).
const SIZE = {
  overview: { line: 'h-5 gap-1.5', label: 'w-8 text-[14px]', numbers: 'text-[14px]', bar: 'h-2.5' },
  detail: {
    line: 'h-[13px] gap-1',
    label: 'w-5 text-[10px]',
    numbers: 'text-[10px]',
    bar: 'h-1.5',
  },
} as const;

/**
 * One resource of a container: the request as a solid bar, the limit as an outline around it,
 * both against the pod-wide scale; the numbers as written follow. The numbers keep their
 * width and the bar takes what is left, so narrow cards never cut a quantity short.
 */
export function ResourceBarLine({ bar, dense = false }: { bar: ResourceBar; dense?: boolean }) {
  const T = useTexts('canvas');
  const size = SIZE[dense ? 'detail' : 'overview'];
  const pct = (f: number | undefined) => `${Math.round((f ?? 0) * 100)}%`;
  const text = T.ui.bar(bar.resource, bar.request ?? T.ui.none, bar.limit ?? T.ui.none);
  return (
    <div className={`flex items-center ${size.line}`} title={text}>
      <span className={`shrink-0 text-slate-500 dark:text-slate-400 ${size.label}`}>
        {T.ui.resourceShort[bar.resource]}
      </span>
      <span
        role="img"
        aria-label={text}
        className={`relative min-w-4 flex-1 rounded-full bg-slate-100 dark:bg-slate-800 ${size.bar}`}
      >
        {bar.limitFraction !== undefined && (
          <span
            className="absolute inset-y-0 left-0 rounded-full border border-indigo-400 dark:border-indigo-500"
            style={{ width: pct(bar.limitFraction) }}
          />
        )}
        {bar.requestFraction !== undefined && (
          <span
            className="absolute inset-y-0 left-0 rounded-full bg-indigo-500 dark:bg-indigo-400"
            style={{ width: pct(bar.requestFraction) }}
          />
        )}
      </span>
      <span className={`shrink-0 font-mono whitespace-nowrap ${size.numbers}`}>
        {bar.request ?? '–'}
        <span className="text-slate-400">/</span>
        {bar.limit ?? <span className="text-amber-700 dark:text-amber-400">{T.ui.noLimit}</span>}
      </span>
    </div>
  );
}
