import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyState = { key: string; ok: boolean } | null;

const SHOWN_MS = 2000;

/**
 * Copies text to the clipboard and remembers, for a moment, which button did it and whether it
 * worked, so that button can say "Copied" (or that copying failed).
 */
export function useCopy(): { state: CopyState; copy: (key: string, text: string) => void } {
  const [state, setState] = useState<CopyState>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const copy = useCallback((key: string, text: string) => {
    const show = (ok: boolean) => {
      setState({ key, ok });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setState(null), SHOWN_MS);
    };
    // The Clipboard API is missing on plain http pages other than localhost.
    if (!navigator.clipboard) return show(false);
    navigator.clipboard.writeText(text).then(
      () => show(true),
      () => show(false),
    );
  }, []);
  return { state, copy };
}
