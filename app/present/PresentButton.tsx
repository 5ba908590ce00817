import { HEADER_LABEL, HEADER_TOGGLE } from '../input/buttonStyle';
import { useTexts } from '../i18n/useTexts';
import { preloadWalk } from './walk/walkModule';

interface Props {
  active: boolean;
  onToggle: (active: boolean) => void;
}

/** Turns presentation mode on and off; pressed while it is on. */
export function PresentButton({ active, onToggle }: Props) {
  const T = useTexts('present').present;
  return (
    <button
      type="button"
      aria-pressed={active}
      aria-keyshortcuts="P"
      title={T.title}
      onClick={() => onToggle(!active)}
      // The walk through the pod is fetched on the way to the button, so it is there at once.
      onPointerEnter={preloadWalk}
      onFocus={preloadWalk}
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
        <rect x="1.75" y="2" width="12.5" height="8.5" rx="1" />
        <path d="M8 10.5v2M5 14.5l3-2 3 2" />
      </svg>
      <span className={HEADER_LABEL}>{T.button}</span>
    </button>
  );
}
