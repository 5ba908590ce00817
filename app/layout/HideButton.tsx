import type { Ref } from 'react';
import { PANE_KEYS, type PaneName } from './paneShortcut';
import { PaneIcon } from './PaneIcon';
import { FRAME_BUTTON } from './paneStyles';
import { useTexts } from '../i18n/useTexts';

interface Props {
  pane: PaneName;
  label: string;
  onClick: () => void;
  ref?: Ref<HTMLButtonElement>;
}

/** The button in a pane's header that collapses it to its rail. */
export function HideButton({ pane, label, onClick, ref }: Props) {
  const T = useTexts('layout');
  return (
    <button
      ref={ref}
      type="button"
      aria-label={label}
      aria-keyshortcuts={PANE_KEYS[pane].aria}
      title={T.withKeys(label, PANE_KEYS[pane].shown)}
      data-pane-hide={pane}
      onClick={onClick}
      className={`${FRAME_BUTTON} size-6`}
    >
      <PaneIcon side={pane === 'editor' ? 'left' : 'right'} action="hide" />
    </button>
  );
}
