import { useCallback, useState } from 'react';
import type { TextChange } from '../../src/analysis/textEdit';
import type { LoadedManifest } from './types';

export interface ManifestState {
  text: string;
  /**
   * Counts the texts that came from outside the editor (the first one, examples, files, links).
   * The editor replaces its document only when this changes: every other change of `text` is
   * its own edit coming back, however late React delivers it.
   */
  loads: number;
  /** The last text that came from outside the editor (null until one has). */
  loaded: LoadedManifest | null;
  /** How `text` came from the previous text, when the editor said so (null after a load). */
  change: TextChange | null;
  source: string;
  /**
   * An edit in the editor; `source` names where the text now comes from, when that changed;
   * `change` is how the editor made `text` from its previous text.
   */
  setText: (text: string, source?: string, change?: TextChange | null) => void;
  load: (m: LoadedManifest) => void;
}

/** The manifest text, starting from `initial` (restored or the default example). Kept by useKeeping. */
export function useManifest(initial: { text: string; source: string }): ManifestState {
  const [text, setTextState] = useState(initial.text);
  const [source, setSource] = useState(initial.source);
  const [loads, setLoads] = useState(0);
  const [loaded, setLoaded] = useState<LoadedManifest | null>(null);
  const [change, setChange] = useState<TextChange | null>(null);

  const setText = useCallback((t: string, from?: string, how?: TextChange | null) => {
    performance.mark('podscope:text-changed');
    setTextState(t);
    setChange(how ?? null);
    if (from !== undefined) setSource(from);
  }, []);

  const load = useCallback((m: LoadedManifest) => {
    performance.mark('podscope:text-changed');
    setTextState(m.text);
    setChange(null);
    setLoads((n) => n + 1);
    setLoaded(m);
    setSource(m.source);
  }, []);

  return { text, loads, loaded, change, source, setText, load };
}
