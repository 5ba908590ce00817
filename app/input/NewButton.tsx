import { focusManifestEditor } from '../editor/focusEditor';
import { useTexts } from '../i18n/useTexts';
import { panels } from '../i18n/en/panels';
import type { LoadedManifest } from '../state/types';
import { HEADER_BUTTON_LESS, HEADER_LABEL_LESS } from './buttonStyle';

/**
 * New: empties the editor for the user's own manifest and puts the cursor in it. It is a load
 * like an example's, so Ctrl+Z in the editor brings the text (and its source) back.
 */
export function NewButton({ onLoad }: { onLoad: (m: LoadedManifest) => void }) {
  const T = useTexts('input').newManifest;
  return (
    <button
      type="button"
      className={HEADER_BUTTON_LESS}
      title={T.buttonTitle}
      onClick={() => {
        // Named in English like the page's other own sources; the status line translates it.
        onLoad({ text: '', source: panels.status.newManifest });
        focusManifestEditor();
      }}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 16 16"
        className="size-4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M9.5 1.75H4.25a1 1 0 0 0-1 1v10.5a1 1 0 0 0 1 1h7.5a1 1 0 0 0 1-1V5z" />
        <path d="M9.5 1.75V5h3.25M8 7.5v4.5M5.75 9.75h4.5" />
      </svg>
      <span className={HEADER_LABEL_LESS}>{T.button}</span>
    </button>
  );
}
