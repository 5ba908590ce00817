// Tailwind class sets of the page's frame (pane headers, rails, their buttons), so they match.
export const PANE_HEADER =
  'flex h-8 shrink-0 items-center gap-1 border-b border-slate-200 bg-white px-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400';

export const FRAME_BUTTON =
  'inline-flex shrink-0 items-center justify-center rounded text-slate-500 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-indigo-600 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white dark:focus-visible:outline-indigo-400';

export const RAIL_FRAME =
  'flex shrink-0 flex-col items-center gap-1 border-slate-200 bg-white py-1.5 dark:border-slate-800 dark:bg-slate-900';
