import { HEADER_LABEL, HEADER_TOGGLE } from '../input/buttonStyle';
import { useTexts } from '../i18n/useTexts';
import { TIMELINE_ID } from './ids';
import { preloadTimeline } from './lifecycleModule';
import { markTimelineChosen } from './marks';

interface Props {
  open: boolean;
  onToggle: (open: boolean) => void;
}

/** Opens and closes the timeline under the graph; pressed while it is open. */
export function TimelineButton({ open, onToggle }: Props) {
  const T = useTexts('timeline');
  return (
    <button
      type="button"
      aria-pressed={open}
      aria-controls={open ? TIMELINE_ID : undefined}
      title={T.buttonTitle}
      onClick={() => {
        if (!open) markTimelineChosen();
        onToggle(!open);
      }}
      // The panel is fetched on the way to the button, so it is there at once.
      onPointerEnter={preloadTimeline}
      onFocus={preloadTimeline}
      className={HEADER_TOGGLE}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
      >
        <path d="M1.5 3.5h6M4 8h7.5M6.5 12.5h8M1.5 1.5v13" />
      </svg>
      <span className={HEADER_LABEL}>{T.button}</span>
    </button>
  );
}
