import { memo } from 'react';
import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';
import { formatBytes } from '../input/limits';
import type { VersionMeta } from '../storage/db';
import { formatAt, formatWhen, workloadSummary } from './format';
import { KIND_BADGE } from './kindBadge';

interface Props {
  meta: VersionMeta;
  /** When the list was read: "5 minutes ago" counts from here. */
  now: number;
  chosen: boolean;
  onChoose: (id: number) => void;
}

/** One kept version in the list: how it came, its source, when, its size and its workloads. */
export const VersionRow = memo(function VersionRow({ meta, now, chosen, onChoose }: Props) {
  const T = useTexts('history');
  const { lang } = useI18n();
  const { shown, more } = workloadSummary(meta.workloads);
  return (
    <button
      type="button"
      data-version-kind={meta.kind}
      aria-current={chosen || undefined}
      onClick={() => onChoose(meta.id)}
      className="block w-full rounded-md px-3 py-2 text-left text-sm hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-[-2px] focus-visible:outline-indigo-600 aria-[current]:bg-indigo-50 aria-[current]:ring-1 aria-[current]:ring-indigo-300 dark:hover:bg-slate-800 dark:focus-visible:outline-indigo-400 dark:aria-[current]:bg-indigo-500/20 dark:aria-[current]:ring-indigo-500/60"
    >
      <span className="flex items-baseline gap-2">
        <span className={KIND_BADGE}>{T.kind[meta.kind]}</span>
        <span className="min-w-0 flex-1 font-medium [overflow-wrap:anywhere]">{meta.source}</span>
        <time
          dateTime={new Date(meta.at).toISOString()}
          title={formatAt(meta.at, lang)}
          className="shrink-0 text-xs text-slate-600 dark:text-slate-400"
        >
          {formatWhen(meta.at, now, lang, T.justNow)}
        </time>
      </span>
      <span className="mt-1 block text-xs text-slate-600 dark:text-slate-400">
        {formatBytes(meta.bytes)} · {T.documents(meta.documents)}
      </span>
      <span className="mt-0.5 block font-mono text-xs text-slate-700 [overflow-wrap:anywhere] dark:text-slate-300">
        {shown.length === 0 ? (
          <span className="font-sans italic">{T.noWorkloads}</span>
        ) : (
          shown.join(', ')
        )}
        {more > 0 && <span className="font-sans"> {T.more(more)}</span>}
      </span>
    </button>
  );
});
