import { useDeferredValue, useMemo } from 'react';
import { analyze } from '../src/analyze';
import type { AnalysisResult } from '../src/analysis';

export type AnalysisOutcome = { ok: true; result: AnalysisResult } | { ok: false; error: string };

/**
 * Analyses the text on every change. The deferred value keeps typing responsive: React paints
 * the keystroke first and the findings when it has time; `stale` says the list lags behind.
 */
export function useAnalysis(text: string): { outcome: AnalysisOutcome; stale: boolean } {
  const deferred = useDeferredValue(text);
  const outcome = useMemo((): AnalysisOutcome => {
    try {
      return { ok: true, result: analyze(deferred) };
    } catch (err) {
      // The engine reports bad input as findings, so a throw is a bug; the page must survive it.
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  }, [deferred]);
  return { outcome, stale: deferred !== text };
}
