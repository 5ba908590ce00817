import type { ReactNode } from 'react';
import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';
import { formatBytes } from '../input/limits';
import type { VersionMeta } from '../storage/db';
import { formatAt } from './format';
import { KIND_BADGE } from './kindBadge';
import type { TextState } from './useVersionText';

interface Props {
  /** The chosen version, if any. */
  meta: VersionMeta | undefined;
  state: TextState;
  onRestore: (text: string, source: string) => void;
}

const NOTE = 'm-auto max-w-sm p-5 text-center text-sm text-slate-600 dark:text-slate-400';

/** The chosen version: what it is, its first lines (read-only) and Restore. */
export function VersionPreview({ meta, state, onRestore }: Props) {
  const T = useTexts('history');
  const { lang } = useI18n();
  const inner = (): ReactNode => {
    if (!meta || state.status === 'none') return <p className={NOTE}>{T.choose}</p>;
    if (state.status === 'loading') return <p className={NOTE}>{T.previewLoading}</p>;
    if (!state.ok)
      return (
        <p role="alert" className={NOTE}>
          {state.problem === 'gone' ? T.gone : T.textFailed}
        </p>
      );
    const { preview, text } = state;
    return (
      <>
        <div className="flex flex-wrap items-start gap-x-3 gap-y-2">
          <div className="min-w-0 flex-1">
            <p className="flex items-baseline gap-2 text-sm">
              <span className={KIND_BADGE}>{T.kind[meta.kind]}</span>
              <span className="font-medium [overflow-wrap:anywhere]">{meta.source}</span>
            </p>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              {formatAt(meta.at, lang)} · {formatBytes(meta.bytes)} ·{' '}
              {T.lines(preview.shownLines, preview.totalLines)}
            </p>
          </div>
          <button
            type="button"
            title={T.restoreTitle}
            onClick={() => onRestore(text, meta.source)}
            className="shrink-0 rounded-md bg-indigo-600 px-3 py-1.5 text-sm font-medium text-white shadow-xs hover:bg-indigo-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:bg-indigo-600 dark:hover:bg-indigo-500 dark:focus-visible:outline-indigo-400"
          >
            {T.restore}
          </button>
        </div>
        {/* Read-only, but focusable and selectable: the keyboard scrolls it, a person can copy. */}
        <textarea
          readOnly
          wrap="off"
          spellCheck={false}
          aria-label={T.previewLabel}
          value={preview.head}
          className="mt-3 min-h-0 flex-1 resize-none overflow-auto rounded-md border border-slate-200 bg-slate-50 p-3 font-mono text-xs leading-normal text-slate-800 focus-visible:outline-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-950 dark:text-slate-200 dark:focus-visible:outline-indigo-400"
        />
      </>
    );
  };
  return <div className="flex min-w-0 flex-1 flex-col p-4">{inner()}</div>;
}
