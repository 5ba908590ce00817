import { useCallback, useEffect, useRef, useState } from 'react';
import type { TextChange } from '../../src/analysis/textEdit';
import { DEFAULT_EXAMPLE } from '../examples/index';
import type { LoadedManifest } from './types';
import { loadSavedManifest, saveManifest } from './storage';

// Small texts are saved on every change; big ones once typing has paused for a while and the
// browser is idle, so a keystroke in a multi-megabyte manifest does not serialise megabytes
// (writing 4 MB to localStorage blocks the page for tens of milliseconds). Leaving the page
// flushes at once.
const SAVE_NOW_BELOW = 200_000;
const SAVE_DELAY_MS = 1500;

export interface ManifestState {
  text: string;
  /**
   * Counts the texts that came from outside the editor (the first one, examples, files, links).
   * The editor replaces its document only when this changes: every other change of `text` is
   * its own edit coming back, however late React delivers it.
   */
  loads: number;
  /** How `text` came from the previous text, when the editor said so (null after a load). */
  change: TextChange | null;
  source: string;
  /** False when the browser refused to save (the text stays in the editor regardless). */
  saved: boolean;
  /**
   * An edit in the editor; `source` names where the text now comes from, when that changed;
   * `change` is how the editor made `text` from its previous text.
   */
  setText: (text: string, source?: string, change?: TextChange | null) => void;
  load: (m: LoadedManifest) => void;
}

/** The manifest text: restored on reload, the default example on a first visit, saved locally on every change. */
export function useManifest(): ManifestState {
  const [initial] = useState(
    () => loadSavedManifest() ?? { text: DEFAULT_EXAMPLE.text, source: DEFAULT_EXAMPLE.title },
  );
  const [text, setTextState] = useState(initial.text);
  const [source, setSource] = useState(initial.source);
  const [loads, setLoads] = useState(0);
  const [change, setChange] = useState<TextChange | null>(null);
  const [saved, setSaved] = useState(true);
  const pending = useRef<{ text: string; source: string } | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const p = pending.current;
    if (!p) return;
    pending.current = null;
    setSaved(saveManifest(p.text, p.source));
  }, []);

  const persist = useCallback(
    (t: string, s: string) => {
      pending.current = { text: t, source: s };
      if (t.length < SAVE_NOW_BELOW) flush();
      else {
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(
          () => window.requestIdleCallback(flush, { timeout: SAVE_DELAY_MS }),
          SAVE_DELAY_MS,
        );
      }
    },
    [flush],
  );

  useEffect(() => {
    const onHide = (): void => flush();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onHide);
      flush();
    };
  }, [flush]);

  const setText = useCallback(
    (t: string, from?: string, how?: TextChange | null) => {
      performance.mark('podscope:text-changed');
      setTextState(t);
      setChange(how ?? null);
      if (from !== undefined) setSource(from);
      persist(t, from ?? source);
    },
    [persist, source],
  );

  const load = useCallback(
    (m: LoadedManifest) => {
      performance.mark('podscope:text-changed');
      setTextState(m.text);
      setChange(null);
      setLoads((n) => n + 1);
      setSource(m.source);
      persist(m.text, m.source);
    },
    [persist],
  );

  return { text, loads, change, source, saved, setText, load };
}
