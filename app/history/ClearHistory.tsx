import { useEffect, useRef, useState } from 'react';
import { useTexts } from '../i18n/useTexts';

interface Props {
  count: number;
  /** Empties the history; resolves to false when the browser's storage refused. */
  onClear: () => Promise<boolean>;
}

type Step = 'idle' | 'asking' | 'clearing' | 'failed';

const QUIET =
  'rounded-md border border-slate-300 px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-indigo-600 dark:border-slate-600 dark:text-slate-200 dark:hover:bg-slate-800 dark:focus-visible:outline-indigo-400';

/** Clear history, asked once more inside the dialog before anything is deleted. */
export function ClearHistory({ count, onClear }: Props) {
  const T = useTexts('history');
  const [step, setStep] = useState<Step>('idle');
  const cancel = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);

  // The safe choice has focus while asking (Enter does not delete by accident); after Cancel,
  // focus is back on Clear history.
  useEffect(() => {
    if (step === 'asking') cancel.current?.focus();
    else if (step === 'idle' && asked.current) start.current?.focus();
    asked.current = step === 'asking';
  }, [step]);

  const confirm = async (): Promise<void> => {
    setStep('clearing');
    setStep((await onClear()) ? 'idle' : 'failed');
  };

  if (step === 'asking' || step === 'clearing')
    return (
      <div role="group" aria-label={T.clear} className="flex flex-wrap items-center gap-2">
        <p className="text-slate-800 dark:text-slate-200">{T.clearAsk(count)}</p>
        <button
          type="button"
          disabled={step === 'clearing'}
          onClick={() => void confirm()}
          className="rounded-md bg-red-600 px-3 py-1.5 font-medium text-white hover:bg-red-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-600 disabled:opacity-60 dark:hover:bg-red-500"
        >
          {T.clearYes}
        </button>
        <button
          ref={cancel}
          type="button"
          disabled={step === 'clearing'}
          onClick={() => setStep('idle')}
          className={QUIET}
        >
          {T.clearNo}
        </button>
      </div>
    );
  return (
    <>
      <button ref={start} type="button" onClick={() => setStep('asking')} className={QUIET}>
        {T.clear}
      </button>
      {step === 'failed' && (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {T.clearFailed}
        </p>
      )}
    </>
  );
}
