import { WRAP_UP_TO } from './lineWrap';
import type { EditorTexts } from '../i18n/en/editor';

interface Props {
  wrap: boolean;
  onWrap: (wrap: boolean) => void;
  texts: EditorTexts;
}

/** The editor's own options, in a slim bar above the text: line wrapping. */
export function EditorToolbar({ wrap, onWrap, texts }: Props) {
  return (
    <div
      aria-label={texts.tools}
      role="group"
      className="flex shrink-0 items-center justify-end border-b border-(--pe-border) bg-(--pe-gutter-bg) px-1.5 py-0.5"
    >
      <button
        type="button"
        aria-pressed={wrap}
        title={texts.wrapTitle(WRAP_UP_TO.toLocaleString('en'))}
        onClick={() => onWrap(!wrap)}
        className="inline-flex items-center gap-1.5 rounded px-2 py-0.5 text-xs font-medium text-(--pe-muted) hover:bg-(--pe-chip-bg) hover:text-(--pe-fg) focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-(--pe-focus) aria-pressed:text-(--pe-fg)"
      >
        <WrapIcon on={wrap} />
        {texts.wrap}
      </button>
    </div>
  );
}

/** Lines running into a return arrow; a check box beside it says whether it is on. */
function WrapIcon({ on }: { on: boolean }) {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 28 16"
      className="h-4 w-7"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <rect x="1.5" y="3" width="10" height="10" rx="2" />
      {on && <path d="M4 8.2 5.9 10 9 6" />}
      <path d="M15 4h10M15 8h8.5a2 2 0 0 1 0 4H20m1.5-1.5L20 12l1.5 1.5M15 12h2" />
    </svg>
  );
}
