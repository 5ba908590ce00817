// The look of a version's kind (Example, Upload, Typing…), shared by its row and its preview.
export const KIND_BADGE =
  'shrink-0 rounded-sm bg-slate-100 px-1.5 py-0.5 text-xs font-medium text-slate-700 dark:bg-slate-800 dark:text-slate-200';
