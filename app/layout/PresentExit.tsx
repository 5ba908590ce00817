import { useTexts } from '../i18n/useTexts';
import { layoutTexts } from './texts';

/** The way out of full-bleed presentation mode, in the graph's free top-left corner. */
export function PresentExit({ onExit }: { onExit: () => void }) {
  const T = useTexts(layoutTexts);
  return (
    <button
      type="button"
      aria-keyshortcuts="Escape"
      onClick={onExit}
      className="absolute top-3 left-3 z-10 inline-flex items-center gap-1.5 rounded-md border border-slate-300 bg-white/90 px-2.5 py-1 text-xs font-medium whitespace-nowrap text-slate-700 shadow-sm backdrop-blur-sm hover:bg-white hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-800/90 dark:text-slate-200 dark:hover:bg-slate-800 dark:hover:text-white dark:focus-visible:outline-indigo-400"
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="size-3.5"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      >
        <path d="M4 4l8 8M12 4l-8 8" />
      </svg>
      {T.exitPresentation}
    </button>
  );
}
