// The look of the header's buttons (Examples, Upload, Share, Export, Present), shared so they
// line up. The header is one row at every width: a button never wraps its text, and in a window
// narrower than 75rem it shows its icon alone. The label stays in the button, visually hidden,
// so the button's name (and what tests find it by) is the same at every width; `title` shows it.
export const HEADER_BUTTON =
  'inline-flex shrink-0 items-center gap-1.5 whitespace-nowrap rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-700 shadow-xs hover:bg-slate-50 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 max-[75rem]:px-2 dark:border-slate-700 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700 dark:hover:text-white dark:focus-visible:outline-indigo-400';

/** A header button that stays pressed while its mode is on (Present, Timeline). */
export const HEADER_TOGGLE = `${HEADER_BUTTON} aria-pressed:border-indigo-500 aria-pressed:bg-indigo-50 aria-pressed:text-indigo-700 dark:aria-pressed:border-indigo-400 dark:aria-pressed:bg-indigo-500/20 dark:aria-pressed:text-indigo-200`;

/** A header button's text: hidden, but still its name, in a narrow window. */
export const HEADER_LABEL = 'max-[75rem]:sr-only';

/**
 * The buttons used less often (New, Versions) drop their labels first, below 90rem, so the
 * workload picker keeps room for a name at 1280 pixels.
 */
export const HEADER_BUTTON_LESS = HEADER_BUTTON.replace('max-[75rem]:px-2', 'max-[90rem]:px-2');
export const HEADER_LABEL_LESS = 'max-[90rem]:sr-only';
