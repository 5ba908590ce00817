import { useEffect, useId, useRef } from 'react';
import type { FoundSecret } from '../../src/share/secrets';
import { useTexts } from '../i18n/useTexts';

/** A found secret, and in compare mode which version holds it. */
export interface ShownSecret extends FoundSecret {
  version?: 'A' | 'B';
}

interface Props {
  secrets: readonly ShownSecret[] | null;
  /** The link would hold both versions of a comparison. */
  compare: boolean;
  /** Set when the link is very long: a word on links that chat tools may cut. */
  largeNote: string | null;
  onShare: () => void;
  onCancel: () => void;
}

/** The warning before a link with secrets is made: what would be shared, Share anyway or Cancel. */
export function SecretsDialog({ secrets, compare, largeNote, onShare, onCancel }: Props) {
  const T = useTexts('share').dialog;
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const introId = useId();
  const open = secrets !== null;

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      // The safe choice has focus: Enter does not share secrets by accident.
      cancel.current?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);

  return (
    <dialog
      ref={dialog}
      aria-labelledby={titleId}
      aria-describedby={introId}
      onClose={() => open && onCancel()}
      className="m-auto max-h-[min(40rem,90vh)] w-[min(36rem,94vw)] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl open:flex backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex gap-3 border-b border-slate-200 px-5 py-4 dark:border-slate-700">
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="mt-0.5 size-5 shrink-0 text-amber-500"
          fill="currentColor"
        >
          <path d="M8 1.5 15 14H1L8 1.5Zm-.75 4.5v4h1.5V6h-1.5Zm0 5.25v1.5h1.5v-1.5h-1.5Z" />
        </svg>
        <div className="min-w-0">
          <h2 id={titleId} className="text-base font-semibold">
            {T.title}
          </h2>
          <p id={introId} className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {compare ? T.introCompare : T.intro}
          </p>
        </div>
      </div>
      <ul
        aria-label={T.listLabel}
        className="min-h-0 flex-1 divide-y divide-slate-100 overflow-y-auto px-5 py-2 text-sm dark:divide-slate-800"
      >
        {secrets?.map((s) => (
          <li
            key={`${s.version ?? ''}:${s.document}:${s.path}`}
            data-secret={s.what}
            className="flex items-baseline gap-2 py-1.5"
          >
            <span className="text-slate-600 dark:text-slate-400">{T.what[s.what]}</span>
            <code className="font-mono font-medium break-all text-slate-900 dark:text-slate-100">
              {s.name}
            </code>
            <span className="ml-auto shrink-0 text-xs text-slate-500 tabular-nums dark:text-slate-400">
              {s.version ? T.lineIn(s.version, s.line) : T.line(s.line)}
            </span>
          </li>
        ))}
      </ul>
      <div className="space-y-2 border-t border-slate-200 px-5 py-3 text-sm text-slate-600 dark:border-slate-700 dark:text-slate-400">
        <p>{T.advice}</p>
        {largeNote && <p className="text-amber-700 dark:text-amber-300">{largeNote}</p>}
      </div>
      <div className="flex justify-end gap-2 border-t border-slate-200 px-5 py-3 dark:border-slate-700">
        <button
          ref={cancel}
          type="button"
          onClick={onCancel}
          className="rounded-md border border-slate-300 px-3 py-1.5 text-sm font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 dark:focus-visible:outline-indigo-400"
        >
          {T.cancel}
        </button>
        <button
          type="button"
          onClick={onShare}
          className="rounded-md bg-amber-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-amber-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-600 dark:bg-amber-500 dark:text-slate-950 dark:hover:bg-amber-400"
        >
          {T.shareAnyway}
        </button>
      </div>
    </dialog>
  );
}
