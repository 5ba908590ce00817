import { useRef, useState } from 'react';
import { useTexts } from '../i18n/useTexts';
import { HEADER_BUTTON_LESS, HEADER_LABEL_LESS } from '../input/buttonStyle';
import { useLazyModule } from '../lazy/useLazyModule';
import { historyModule, preloadHistory } from './historyModule';
import { LazyPending } from '../lazy/LazyPending';

interface Props {
  /** Puts a version's text back in the editor; `source` is where that version came from. */
  onRestore: (text: string, source: string) => void;
}

/** The Versions button and its dialog of the texts the page kept in this browser. */
export function VersionsButton({ onRestore }: Props) {
  const T = useTexts('history');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  // The body mounts while the dialog is open, so each opening reads the history afresh.
  const [open, setOpen] = useState(false);
  const body = useLazyModule(historyModule, open);

  const show = (): void => {
    // A modal <dialog> traps focus, closes on Escape and hides the page from assistive tech.
    dialog.current?.showModal();
    setOpen(true);
  };
  const close = (): void => dialog.current?.close();
  const restore = (text: string, source: string): void => {
    onRestore(text, source);
    close();
  };

  return (
    <>
      <button
        ref={opener}
        type="button"
        className={HEADER_BUTTON_LESS}
        title={T.buttonTitle}
        aria-haspopup="dialog"
        onClick={show}
        onPointerEnter={preloadHistory}
        onFocus={preloadHistory}
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
          <path d="M2.5 8a5.5 5.5 0 1 0 1.6-3.9M2.5 2.5v2.6h2.6M8 5v3l2 1.5" />
        </svg>
        <span className={HEADER_LABEL_LESS}>{T.button}</span>
      </button>
      <dialog
        ref={dialog}
        aria-label={T.heading}
        onClose={() => {
          setOpen(false);
          opener.current?.focus();
        }}
        className="m-auto h-[min(44rem,90vh)] w-[min(62rem,94vw)] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl open:flex backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {open && body.status === 'ready' && (
          <body.module.VersionsDialog onRestore={restore} onClose={close} />
        )}
        {open && <LazyPending state={body} words={T} className="p-5" />}
      </dialog>
    </>
  );
}
