import { useId, type ReactNode } from 'react';

// Drawn inside the button: the pane scrolls, and a ring outside a full-width row would be clipped.
const insetRing =
  'focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';

interface Props {
  title: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  /** Set on the section for tests and outside checks (`data-section="commands"`). */
  name: string;
  children: ReactNode;
}

/**
 * A titled block of the inspector that opens and closes: a heading whose button says whether
 * the block is expanded (the ARIA disclosure pattern), so it stays a heading for screen-reader
 * navigation and works with Enter and Space. The body stays in the document, hidden, so a
 * closed section keeps its state (a Copy button's "Copied") and its id for aria-controls.
 */
export function Disclosure({ title, open, onToggle, name, children }: Props) {
  const id = useId();
  return (
    <section
      aria-labelledby={`${id}h`}
      data-section={name}
      className="border-t border-slate-100 dark:border-slate-800"
    >
      <h3 id={`${id}h`}>
        <button
          type="button"
          aria-expanded={open}
          aria-controls={`${id}b`}
          onClick={() => onToggle(!open)}
          className={`flex w-full items-center gap-2 px-4 py-2.5 text-left text-xs font-semibold tracking-wider text-slate-600 uppercase hover:bg-slate-50 hover:text-slate-900 dark:text-slate-300 dark:hover:bg-slate-800/60 dark:hover:text-slate-100 ${insetRing}`}
        >
          <svg
            aria-hidden="true"
            viewBox="0 0 16 16"
            className={`size-[1.15em] shrink-0 transition-transform motion-reduce:transition-none ${open ? 'rotate-90' : ''}`}
          >
            <path d="M6 3.5 10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <span className="min-w-0 break-words">{title}</span>
        </button>
      </h3>
      <div id={`${id}b`} hidden={!open} className="px-4 pb-3">
        {children}
      </div>
    </section>
  );
}
