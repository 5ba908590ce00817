import type { RefObject } from 'react';
import { flushSync } from 'react-dom';

export interface SkipTarget {
  label: string;
  target: RefObject<HTMLElement | null>;
  /** Makes the target visible first (a collapsed pane, another tab). */
  reveal?: () => void;
}

/**
 * The page's first Tab stops, shown only while focused: they move the focus past the header and
 * the editor (where Tab indents) to a pane. Buttons rather than `#fragment` links: the page keeps
 * its fragment for share links.
 */
export function SkipLinks({ label, targets }: { label: string; targets: readonly SkipTarget[] }) {
  return (
    <nav aria-label={label} className="contents">
      {targets.map(({ label, target, reveal }) => (
        <button
          key={label}
          type="button"
          onClick={() => {
            if (reveal) flushSync(reveal);
            target.current?.focus();
          }}
          className="sr-only z-50 rounded bg-indigo-700 text-sm font-medium text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:px-3 focus:py-2 focus:shadow-lg"
        >
          {label}
        </button>
      ))}
    </nav>
  );
}
