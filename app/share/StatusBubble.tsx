import { useEffect, useState } from 'react';

interface Props {
  /** The message; a new object (even with the same text) shows it again. */
  message: { text: string; tone: 'ok' | 'warn' | 'error' } | null;
  /** How long it stays, in milliseconds. */
  duration?: number;
}

const TONE = {
  ok: 'border-emerald-300 bg-emerald-50 text-emerald-900 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-100',
  warn: 'border-amber-300 bg-amber-50 text-amber-900 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100',
  error:
    'border-red-300 bg-red-50 text-red-900 dark:border-red-800 dark:bg-red-950 dark:text-red-100',
} as const;

/**
 * A short confirmation under a header button ("Link copied"), read out by screen readers
 * through a live region that stays in the page while the bubble comes and goes.
 */
export function StatusBubble({ message, duration = 5000 }: Props) {
  const [shown, setShown] = useState(message);
  const [prev, setPrev] = useState(message);
  // A new message shows at once (React's pattern for state derived from a prop).
  if (message !== prev) {
    setPrev(message);
    setShown(message);
  }
  useEffect(() => {
    if (!shown) return;
    const timer = window.setTimeout(() => setShown(null), duration);
    return () => window.clearTimeout(timer);
  }, [shown, duration]);

  return (
    <div role="status" aria-live="polite" className="absolute top-full right-0 z-30 mt-2">
      {shown && (
        <p
          data-tone={shown.tone}
          className={`w-max max-w-[min(26rem,80vw)] rounded-md border px-3 py-2 text-xs shadow-lg ${TONE[shown.tone]}`}
        >
          {shown.text}
        </p>
      )}
    </div>
  );
}
