import { useId, type KeyboardEvent } from 'react';
import type { Example } from '../examples/index';
import { useTexts } from '../i18n/useTexts';

interface Props {
  example: Example;
  onChoose: (example: Example) => void;
  onKeyDown: (e: KeyboardEvent<HTMLButtonElement>) => void;
}

/** One example in the gallery: title, what is in it and the idea it shows. */
export function ExampleCard({ example, onChoose, onKeyDown }: Props) {
  const id = useId();
  const galleryText = useTexts('input').gallery;
  const words = useTexts('examples').words[example.id];
  return (
    <button
      type="button"
      data-example={example.id}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-summary ${id}-idea`}
      onClick={() => onChoose(example)}
      onKeyDown={onKeyDown}
      className="flex w-full flex-col gap-1.5 rounded-lg border border-slate-200 bg-white p-3 text-left hover:border-indigo-300 hover:bg-indigo-50/50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-700 dark:bg-slate-800/60 dark:hover:border-indigo-500 dark:hover:bg-slate-800 dark:focus-visible:outline-indigo-400"
    >
      <span id={`${id}-title`} className="text-sm font-semibold text-slate-900 dark:text-slate-100">
        {words.title}
      </span>
      <span
        id={`${id}-summary`}
        className="text-[13px] leading-snug text-slate-600 dark:text-slate-300"
      >
        {words.summary}
      </span>
      <span
        id={`${id}-idea`}
        className="mt-auto pt-1 text-xs leading-snug text-indigo-700 dark:text-indigo-300"
      >
        <span className="font-medium">{galleryText.idea}</span>
        {words.idea}
      </span>
    </button>
  );
}
