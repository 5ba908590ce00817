import { use } from 'react';
import { useTexts } from '../i18n/useTexts';
import { PresentationExit } from './presentationExit';

/**
 * The way out of presentation mode. The walk's caption holds it among its controls; this one
 * stands in the canvas's top-left corner only while the walk is still on its way.
 */
export function PresentExit({ className }: { className: string }) {
  const T = useTexts('present');
  const exit = use(PresentationExit);
  return (
    <button
      type="button"
      aria-keyshortcuts="Escape"
      aria-label={T.present.exit}
      title={T.present.exit}
      onClick={exit}
      className={`inline-flex cursor-pointer items-center gap-1.5 rounded-md border border-slate-300 bg-white/90 font-medium whitespace-nowrap text-slate-700 hover:bg-white hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-600 dark:bg-slate-800/90 dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-white dark:focus-visible:outline-indigo-400 ${className}`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="size-[0.9em]"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      >
        <path d="M4 4l8 8M12 4l-8 8" />
      </svg>
      {T.present.exitShort}
    </button>
  );
}
