import { useRef, type ChangeEvent } from 'react';
import type { LoadedManifest } from '../state/types';
import { HEADER_BUTTON, HEADER_LABEL } from './buttonStyle';
import { ACCEPT } from './limits';
import { loadFiles } from './readManifest';
import { useTexts } from '../i18n/useTexts';

interface Props {
  onLoad: (m: LoadedManifest) => void;
  onError: (message: string) => void;
}

/** The Upload button and the page's one file input, hidden behind it. */
export function UploadButton({ onLoad, onError }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const { upload: uploadText, file: words } = useTexts('input');

  const onChange = (e: ChangeEvent<HTMLInputElement>): void => {
    const files = [...(e.currentTarget.files ?? [])];
    // Cleared so that choosing the same file again (after editing it on disk) loads it again.
    e.currentTarget.value = '';
    void loadFiles(files, onLoad, onError, words);
  };

  return (
    <>
      <button
        type="button"
        className={HEADER_BUTTON}
        title={uploadText.buttonTitle}
        onClick={() => input.current?.click()}
      >
        <UploadIcon />
        <span className={HEADER_LABEL}>{uploadText.button}</span>
      </button>
      <input
        ref={input}
        type="file"
        accept={ACCEPT}
        aria-label={uploadText.inputLabel}
        tabIndex={-1}
        className="sr-only"
        onChange={onChange}
      />
    </>
  );
}

function UploadIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 16 16"
      className="size-4"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
    >
      <path
        d="M8 10.5V2.5M4.5 6 8 2.5 11.5 6M2.5 10.5v2a1 1 0 0 0 1 1h9a1 1 0 0 0 1-1v-2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
