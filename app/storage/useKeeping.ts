import { useCallback, useEffect, useRef, useState } from 'react';
import type { StoreProblem } from './db';
import { CHANNEL, type WorkSaved } from './channel';
import { Keeping } from './keeping';
import {
  localStorageOrNull,
  readTabWork,
  sessionStorageOrNull,
  UNSAVED_KEY,
  V1_KEY,
  type Restored,
} from './restore';
import type { StoreRequest } from '../state/protocol';
import type { StoredListener } from '../state/useAnalysis';
import type { LoadedManifest } from '../state/types';
import { useLatest } from '../state/useLatest';

/** What the browser refused to store, and why. */
export interface KeepProblem {
  what: StoreRequest['store'];
  problem: StoreProblem;
}

/** Work another tab saved after this tab's last change. */
export type OtherWork = Pick<WorkSaved, 'tab' | 'source' | 'at' | 'bytes'>;

interface Props {
  text: string;
  source: string;
  loads: number;
  loaded: LoadedManifest | null;
  keep: (request: StoreRequest) => void;
  onStored: (listener: StoredListener) => () => void;
  /** This tab's id, once claimed (see tab.ts). */
  tab: Promise<string>;
  restored: Restored | undefined;
}

export interface KeepingState {
  /** Call before the text is replaced (a load, a paste over everything). */
  beforeReplace: () => void;
  /** Call right after a paste over everything was handed to the analysis. */
  pasted: (source: string, text: string) => void;
  problem: KeepProblem | null;
  dismissProblem: () => void;
  other: OtherWork | null;
  /** Reads the offered work (then offered no more); undefined when it is gone. */
  takeOther: () => Promise<LoadedManifest | undefined>;
  dismissOther: () => void;
}

/**
 * Keeps the text: this tab's working copy and the version history (stored by the worker), a copy
 * in sessionStorage as the page hides if the database has not confirmed the newest change, and
 * word of newer work saved in another tab.
 */
export function useKeeping(props: Props): KeepingState {
  const { text, source, loads, loaded, keep, onStored, tab, restored } = props;
  const [keeping] = useState(
    () =>
      new Keeping({
        keep,
        now: () => Date.now(),
        setTimer: (run, ms) => window.setTimeout(run, ms),
        clearTimer: (id) => window.clearTimeout(id),
      }),
  );
  const [problem, setProblem] = useState<KeepProblem | null>(null);
  const [other, setOther] = useState<OtherWork | null>(null);
  const myTab = useRef<string | null>(null);
  const latestText = useLatest(text);
  const latestSource = useLatest(source);

  // The tab's id; a text restored from an older place is stored in the database at once.
  useEffect(() => {
    let live = true;
    void tab.then((id) => {
      if (!live) return;
      myTab.current = id;
      keeping.setTab(id);
    });
    if (restored?.origin === 'v1' || restored?.origin === 'unsaved') {
      const t = latestText.current;
      keeping.replaced(
        restored.origin === 'v1' ? 'restore' : undefined,
        latestSource.current,
        t.length,
      );
    }
    return () => {
      live = false;
    };
  }, [tab, restored, keeping, latestText, latestSource]);

  // Every change of the text: a load (counted by `loads`) or an edit.
  const seen = useRef({ loads, text, pasted: '' });
  useEffect(() => {
    const before = seen.current;
    if (before.text === text && before.loads === loads) return;
    seen.current = { loads, text, pasted: '' };
    if (loads !== before.loads) keeping.replaced(loaded?.kind, source, text.length);
    else if (before.pasted !== text) keeping.edited(source, text.length);
  }, [text, loads, loaded, source, keeping]);

  useEffect(
    () =>
      onStored((request, outcome) => {
        if (outcome.ok) {
          setProblem((p) => (p?.what === request.store ? null : p));
          if (request.store !== 'work') return;
          keeping.saved(request.at);
          // Stored where it belongs now: the older copies can go.
          localStorageOrNull()?.removeItem(V1_KEY);
          if (!keeping.unsaved) sessionStorageOrNull()?.removeItem(UNSAVED_KEY);
        } else setProblem({ what: request.store, problem: outcome.problem });
      }),
    [onStored, keeping],
  );

  // Leaving or hiding the page: store at once, and keep a copy the database may not get in time.
  useEffect(() => {
    const onHide = (): void => {
      keeping.flush();
      if (!keeping.unsaved) return;
      try {
        sessionStorageOrNull()?.setItem(
          UNSAVED_KEY,
          JSON.stringify({
            text: latestText.current,
            source: latestSource.current,
            at: keeping.changedAt,
          }),
        );
      } catch {
        // Too big for sessionStorage: the database has the copy from before the last change.
      }
    };
    const onVisibility = (): void => {
      if (document.visibilityState === 'hidden') onHide();
    };
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [keeping, latestText, latestSource]);

  // Newer work saved in another tab is offered, never loaded unasked.
  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(CHANNEL);
    channel.onmessage = (e: MessageEvent<WorkSaved>) => {
      const m = e.data;
      if (m?.type !== 'work-saved' || m.tab === myTab.current) return;
      if (m.at <= keeping.changedAt) return;
      setOther({ tab: m.tab, source: m.source, at: m.at, bytes: m.bytes });
    };
    return () => channel.close();
  }, [keeping]);

  const beforeReplace = useCallback(() => keeping.beforeReplace(), [keeping]);
  const pasted = useCallback(
    (s: string, t: string) => {
      seen.current.pasted = t;
      keeping.replaced('paste', s, t.length);
    },
    [keeping],
  );
  const dismissProblem = useCallback(() => setProblem(null), []);
  const dismissOther = useCallback(() => setOther(null), []);
  const takeOther = useCallback(async (): Promise<LoadedManifest | undefined> => {
    if (!other) return undefined;
    setOther(null);
    try {
      const work = await readTabWork(other.tab);
      return work && { text: work.text, source: work.source };
    } catch {
      setProblem({ what: 'work', problem: 'unavailable' });
      return undefined;
    }
  }, [other]);

  return { beforeReplace, pasted, problem, dismissProblem, other, takeOther, dismissOther };
}
