import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { EXAMPLES, exampleText, preloadExamples, type Example } from '../examples/index';
import type { LoadedManifest } from '../state/types';
import { HEADER_BUTTON, HEADER_LABEL } from './buttonStyle';
import { ExampleCard } from './ExampleCard';
import { moveInGrid } from './gridKeys';
import { useI18n } from '../i18n/useI18n';
import { useTexts } from '../i18n/useTexts';

interface Props {
  onLoad: (m: LoadedManifest) => void;
}

/** The Examples button and its dialog of example manifests. */
export function Gallery({ onLoad }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const headingId = useId();
  const { gallery: galleryText } = useTexts('input');
  const { notLoaded } = useTexts('examples');
  const [failed, setFailed] = useState(false);
  const { lang } = useI18n();

  const cards = (): HTMLButtonElement[] => [
    ...(list.current?.querySelectorAll<HTMLButtonElement>('button[data-example]') ?? []),
  ];

  const open = (): void => {
    // A modal <dialog> traps focus, closes on Escape and hides the page from assistive tech.
    dialog.current?.showModal();
    cards()[0]?.focus();
    setFailed(false);
    preloadExamples(lang);
  };

  // The manifests may still be on their way: the dialog stays open until the chosen one is here,
  // and a gallery closed meanwhile (Escape) loads nothing.
  const choose = (example: Example): void => {
    // In the language of the moment: the comments are read in it.
    exampleText(example.id, lang).then(
      (text) => {
        if (!dialog.current?.open) return;
        dialog.current.close();
        onLoad({ text, source: example.title, kind: 'example' });
      },
      () => setFailed(true),
    );
  };

  // Arrow keys move between the cards as they are laid out; Tab still walks them in order.
  const onKeyDown = (e: KeyboardEvent<HTMLButtonElement>): void => {
    const all = cards();
    const from = all.indexOf(e.currentTarget);
    const boxes = all.map((card) => card.getBoundingClientRect());
    const to = moveInGrid(boxes, from, e.key);
    if (to === null) return;
    e.preventDefault();
    all[to].focus();
  };

  return (
    <>
      <button
        ref={opener}
        type="button"
        className={HEADER_BUTTON}
        title={galleryText.buttonTitle}
        aria-haspopup="dialog"
        onClick={open}
      >
        <svg
          aria-hidden="true"
          viewBox="0 0 16 16"
          className="size-4"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.5"
        >
          <rect x="2" y="2" width="5" height="5" rx="1" />
          <rect x="9" y="2" width="5" height="5" rx="1" />
          <rect x="2" y="9" width="5" height="5" rx="1" />
          <rect x="9" y="9" width="5" height="5" rx="1" />
        </svg>
        <span className={HEADER_LABEL}>{galleryText.button}</span>
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={headingId}
        onClose={() => opener.current?.focus()}
        className="m-auto max-h-[min(48rem,90vh)] w-[min(64rem,94vw)] flex-col overflow-hidden rounded-xl border border-slate-200 bg-white p-0 text-slate-900 shadow-2xl open:flex backdrop:bg-slate-950/40 dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
      >
        <div className="flex items-start gap-4 border-b border-slate-200 px-5 py-4 dark:border-slate-700">
          <div className="min-w-0 flex-1">
            <h2 id={headingId} className="text-base font-semibold">
              {galleryText.heading}
            </h2>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{galleryText.intro}</p>
            {failed && (
              <p role="alert" className="mt-1 text-sm text-red-700 dark:text-red-300">
                {notLoaded}
              </p>
            )}
          </div>
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md px-2 py-1 text-sm font-medium text-slate-600 hover:bg-slate-100 hover:text-slate-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:text-slate-300 dark:hover:bg-slate-800 dark:hover:text-white dark:focus-visible:outline-indigo-400"
          >
            {galleryText.close}
          </button>
        </div>
        <ul
          ref={list}
          aria-label={galleryText.listLabel}
          className="grid min-h-0 grid-cols-1 gap-3 overflow-y-auto p-5 sm:grid-cols-2 lg:grid-cols-3"
        >
          {EXAMPLES.map((example) => (
            <li key={example.id} className="flex">
              <ExampleCard example={example} onChoose={choose} onKeyDown={onKeyDown} />
            </li>
          ))}
        </ul>
      </dialog>
    </>
  );
}
