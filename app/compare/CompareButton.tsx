import { useRef, useState } from 'react';
import { useTexts } from '../i18n/useTexts';
import { HEADER_LABEL_LESS, HEADER_TOGGLE } from '../input/buttonStyle';
import { useLazyModule } from '../lazy/useLazyModule';
import { compareModule, preloadCompare } from './compareModule';
import { LazyPending } from '../lazy/LazyPending';

interface Props {
  /** Compare mode is on. */
  active: boolean;
  /** Version A was given. */
  onPick: (text: string, source: string) => void;
}

/** The Compare button and its dialog, which takes version A (its body is the compare chunk). */
export function CompareButton({ active, onPick }: Props) {
  const T = useTexts('compare');
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const body = useLazyModule(compareModule, open);
  const close = (): void => dialog.current?.close();
  return (
    <>
      <button
        ref={opener}
        type="button"
        aria-pressed={active}
        aria-haspopup="dialog"
        title={T.buttonTitle}
        className={HEADER_TOGGLE.replace('max-[75rem]:px-2', 'max-[90rem]:px-2')}
        onClick={() => {
          dialog.current?.showModal();
          setOpen(true);
        }}
        onPointerEnter={preloadCompare}
        onFocus={preloadCompare}
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
          <path d="M5 1.5v13M11 1.5v13M1.5 5H5M11 11h3.5" />
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
        className="m-auto max-h-[90vh] w-[min(40rem,94vw)] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl open:flex backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        {open && body.status === 'ready' && (
          <body.module.CompareDialog
            onPick={(text, source) => {
              onPick(text, source);
              close();
            }}
            onClose={close}
          />
        )}
        {open && <LazyPending state={body} words={T} className="p-5" />}
      </dialog>
    </>
  );
}
