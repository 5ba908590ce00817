import { useTexts } from '../../i18n/useTexts';
import { canvasTexts } from '../canvasText';
import type { ResourceBar } from '../resourceBars';

/**
 * One resource of a container: the request as a solid bar, the limit as an outline around it,
 * both against the pod-wide scale; the numbers as written follow. The numbers keep their
 * width and the bar takes what is left, so narrow cards never cut a quantity short.
 */
export function ResourceBarLine({ bar }: { bar: ResourceBar }) {
  const T = useTexts(canvasTexts);
  const pct = (f: number | undefined) => `${Math.round((f ?? 0) * 100)}%`;
  const text = T.ui.bar(bar.resource, bar.request ?? T.ui.none, bar.limit ?? T.ui.none);
  return (
    <div className="flex h-[18px] items-center gap-1.5" title={text}>
      <span className="w-7 shrink-0 text-xs text-slate-500 dark:text-slate-400">
        {T.ui.resourceShort[bar.resource]}
      </span>
      <span
        role="img"
        aria-label={text}
        className="relative h-2 min-w-4 flex-1 rounded-full bg-slate-100 dark:bg-slate-800"
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
      <span className="shrink-0 font-mono text-[11px]">
        {bar.request ?? '–'}
        <span className="text-slate-400">/</span>
        {bar.limit ?? <span className="text-amber-700 dark:text-amber-400">{T.ui.noLimit}</span>}
      </span>
    </div>
  );
}
