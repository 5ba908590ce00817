import { startTransition, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import type { TextChange } from '../../src/analysis/textEdit';
import type { StoreOutcome } from '../storage/keeper';
import { AnalysisClient, startWorker, type Follower } from './analysisClient';
import type { StoreRequest } from './protocol';
import { hasSyntaxErrors } from './view';

export interface AnalysisState {
  /** The newest analysis: its findings go to the editor and the findings list. */
  current: AnalysisResult;
  /**
   * The last analysis without syntax errors (null until one has arrived): what the graph draws of
   * a workload whose document does not parse now (see chooseDrawn).
   */
  lastGood: AnalysisResult | null;
  /** False until the first analysis has arrived. */
  ready: boolean;
  /** True while the text is newer than `current` (an analysis is on its way). */
  pending: boolean;
  /** How far a long analysis has got, in documents. */
  progress: { done: number; total: number } | null;
  /** Set when the engine failed on the current text (the previous results stay). */
  error: string | null;
  /**
   * Sends an edit to the worker at once, before React renders the new text (which sends it
   * too, if it has not gone yet): the analysis and the render then run side by side.
   */
  analyzeNow: (text: string, change: TextChange | null) => void;
  /** Stores the text asked for last, from the worker (see StoreRequest). */
  keep: (request: StoreRequest) => void;
  /** Hears how each store request went; returns the function that stops listening. */
  onStored: (listener: StoredListener) => () => void;
  /** The worker's version of `current` (0 before the first result): what `follow` numbers. */
  version: number;
  /** Hears every text sent to the worker (see AnalysisClient.follow); returns the unsubscribe. */
  follow: (follower: Follower) => () => void;
}

export type StoredListener = (request: StoreRequest, outcome: StoreOutcome) => void;

interface Received {
  current: AnalysisResult;
  version: number;
  lastGood: AnalysisResult | null;
}

/** An analysis of no text: what the page holds before the worker's first answer. */
export function emptyResult(text: string): AnalysisResult {
  return {
    text,
    pieces: [],
    documents: [],
    workloads: [],
    findings: [],
    inventory: { entries: [], kinds: new Set(), services: [] },
  };
}

/**
 * Analyses the text in a worker as it changes; `change`, when given, says how `text` came from
 * the previous text (so the worker can be sent just that). Results arrive in the order texts were typed;
 * invalid YAML never replaces the last valid graph.
 */
export function useAnalysis(text: string, change: TextChange | null = null): AnalysisState {
  const [received, setReceived] = useState<Received | null>(null);
  const [progress, setProgress] = useState<AnalysisState['progress']>(null);
  const [error, setError] = useState<string | null>(null);
  const client = useRef<AnalysisClient | null>(null);
  const listeners = useRef(new Set<StoredListener>());

  useEffect(() => {
    const c = new AnalysisClient(startWorker(), {
      result: (current, version) => {
        // A transition: React renders thousands of findings in slices, so typing stays smooth.
        startTransition(() =>
          setReceived((r) => ({
            current,
            version,
            lastGood: hasSyntaxErrors(current) ? (r?.lastGood ?? null) : current,
          })),
        );
        setProgress(null);
        setError(null);
      },
      progress: (done, total) => setProgress({ done, total }),
      failed: (message) => {
        setError(message);
        setProgress(null);
      },
      stored: (request, outcome) => {
        for (const listener of listeners.current) listener(request, outcome);
      },
    });
    client.current = c;
    return () => {
      c.dispose();
      client.current = null;
    };
  }, []);

  useEffect(() => client.current?.analyze(text, change), [text, change]);
  const analyzeNow = useCallback(
    (t: string, c: TextChange | null) => client.current?.analyze(t, c),
    [],
  );
  const keep = useCallback((request: StoreRequest) => client.current?.keep(request), []);
  const follow = useCallback(
    (follower: Follower) => client.current?.follow(follower) ?? (() => {}),
    [],
  );
  const onStored = useCallback((listener: StoredListener) => {
    listeners.current.add(listener);
    return () => void listeners.current.delete(listener);
  }, []);

  const current = received?.current ?? null;
  useEffect(() => {
    if (current?.text === text) performance.mark('podscope:analysis-shown');
  }, [current, text]);

  const now = useMemo(() => current ?? emptyResult(text), [current, text]);
  return {
    current: now,
    lastGood: received?.lastGood ?? null,
    ready: current !== null,
    pending: now.text !== text,
    progress,
    error,
    analyzeNow,
    keep,
    onStored,
    version: received?.version ?? 0,
    follow,
  };
}
