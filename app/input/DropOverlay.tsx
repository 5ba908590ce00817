import type { FileDrop } from './useFileDrop';
import { formatBytes, MAX_FILE_BYTES } from './limits';
import { useTexts } from '../i18n/useTexts';

/** Covers the page while a file is dragged over it; it never takes the drop itself. */
export function DropOverlay({ visible }: FileDrop) {
  const { drop: dropText } = useTexts('input');
  if (!visible) return null;
  return (
    <div
      data-testid="drop-overlay"
      className="pointer-events-none fixed inset-0 z-50 flex items-center justify-center bg-indigo-950/20 p-6 backdrop-blur-[1px]"
    >
      <div className="flex h-full w-full flex-col items-center justify-center gap-2 rounded-2xl border-2 border-dashed border-indigo-500 bg-white/85 text-center dark:border-indigo-400 dark:bg-slate-900/85">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-10 text-indigo-600 dark:text-indigo-400"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <path
            d="M12 4v11m0 0-4-4m4 4 4-4M4 17v2a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </svg>
        <p className="text-lg font-semibold text-slate-900 dark:text-slate-100">{dropText.title}</p>
        <p className="text-sm text-slate-600 dark:text-slate-300">
          {dropText.hint(formatBytes(MAX_FILE_BYTES))}
        </p>
      </div>
    </div>
  );
}
