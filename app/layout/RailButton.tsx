import type { Ref } from 'react';
import { PANE_KEYS, type PaneName } from './paneShortcut';
import { PaneIcon } from './PaneIcon';
import { FRAME_BUTTON } from './paneStyles';
import { useTexts } from '../i18n/useTexts';

interface Props {
  pane: PaneName;
  /** The visible text, set upright down the rail. */
  text: string;
  /** The accessible name: it contains `text`, so what is seen is what is said. */
  label: string;
  onClick: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** A collapsed pane's way back: an arrow and the pane's name, read down the rail. */
export function RailButton({ pane, text, label, onClick, ref }: Props) {
  const T = useTexts('layout');
  return (
    <button
      ref={ref}
      type="button"
      aria-label={label}
      aria-keyshortcuts={PANE_KEYS[pane].aria}
      title={T.withKeys(label, PANE_KEYS[pane].shown)}
      data-pane-show={pane}
      onClick={onClick}
      className={`${FRAME_BUTTON} flex-col gap-2 px-1 py-2 text-xs font-medium whitespace-nowrap`}
    >
      <PaneIcon side={pane === 'editor' ? 'left' : 'right'} action="show" />
      <span className="[writing-mode:vertical-rl]">{text}</span>
    </button>
  );
}
