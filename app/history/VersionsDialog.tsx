import { useCallback, useEffect, useRef, useState } from 'react';
import { useTexts } from '../i18n/useTexts';
import { formatBytes } from '../input/limits';
import { MAX_VERSION_BYTES, MAX_VERSIONS } from '../storage/keeper';
import { ClearHistory } from './ClearHistory';
import { EmptyHistory } from './EmptyHistory';
import { VersionPreview } from './VersionPreview';
import { VersionRow } from './VersionRow';
import { useVersionList } from './useVersionList';
import { useVersionText } from './useVersionText';

interface Props {
  onRestore: (text: string, source: string) => void;
  onClose: () => void;
}

/** The Versions dialog's body: the kept versions, the chosen one's preview, Restore and Clear. */
export function VersionsDialog({ onRestore, onClose }: Props) {
  const T = useTexts('history');
  const closeButton = useRef<HTMLButtonElement>(null);
  const rows = useRef<HTMLUListElement>(null);
  const { list, clear } = useVersionList();
  const [chosen, setChosen] = useState<number | null>(null);
  const text = useVersionText(chosen);
  const read = list.status === 'read' ? list : null;
  const versions = read?.ok ? read.versions : [];
  const meta = versions.find((v) => v.id === chosen);
  const size = formatBytes(MAX_VERSION_BYTES);

  // Focus starts on Close and moves to the newest version once the list is read, unless the
  // user has gone elsewhere meanwhile.
  useEffect(() => closeButton.current?.focus(), []);
  useEffect(() => {
    if (document.activeElement === closeButton.current)
      rows.current?.querySelector<HTMLButtonElement>('button')?.focus();
  }, [read]);

  const clearAll = useCallback(async () => {
    const cleared = await clear();
    if (cleared) {
      setChosen(null);
      closeButton.current?.focus();
    }
    return cleared;
  }, [clear]);

  return (
    <>
      <div className="flex items-start gap-4 border-b border-slate-200 px-5 py-4 dark:border-slate-700">
        <div className="min-w-0 flex-1">
          <h2 className="text-base font-semibold">{T.heading}</h2>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{T.intro}</p>
        </div>
        <button
          ref={closeButton}
          type="button"
          onClick={onClose}
          className="rounded-md px-2 py-1 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white dark:focus-visible:outline-indigo-400"
        >
          {T.close}
        </button>
      </div>
      {read === null && (
        <p className="p-5 text-sm text-slate-600 dark:text-slate-400">{T.loading}</p>
      )}
      {read && !read.ok && (
        <p role="alert" className="p-5 text-sm text-red-700 dark:text-red-300">
          {read.problem === 'unavailable' ? T.unavailable : T.failed}
        </p>
      )}
      {read?.ok && versions.length === 0 && <EmptyHistory count={MAX_VERSIONS} size={size} />}
      {read?.ok && versions.length > 0 && (
        <div className="flex min-h-0 flex-1">
          <ul
            ref={rows}
            aria-label={T.listLabel}
            className="w-[21rem] shrink-0 space-y-1 overflow-y-auto border-r border-slate-200 p-2 max-[56rem]:w-[17rem] dark:border-slate-700"
          >
            {versions.map((v) => (
              <li key={v.id}>
                <VersionRow meta={v} now={read.now} chosen={v.id === chosen} onChoose={setChosen} />
              </li>
            ))}
          </ul>
          <VersionPreview meta={meta} state={text} onRestore={onRestore} />
        </div>
      )}
      {read?.ok && versions.length > 0 && (
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 border-t border-slate-200 px-5 py-3 text-sm dark:border-slate-700">
          <ClearHistory count={versions.length} onClear={clearAll} />
          <p className="ml-auto text-slate-600 dark:text-slate-400">{T.kept(MAX_VERSIONS, size)}</p>
        </div>
      )}
    </>
  );
}
