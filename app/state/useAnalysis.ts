import { useDeferredValue, useMemo, useRef } from 'react';
import { analyze } from '../../src/analyze';
import type { AnalysisResult } from '../../src/analysis';
import { hasSyntaxErrors } from './view';

export interface AnalysisState {
  /** The analysis of the current text: its findings go to the editor and the findings list. */
  current: AnalysisResult;
  /** The last analysis without syntax errors: what the graph and the inspector show. */
  shown: AnalysisResult;
  /** True when `shown` is older than the text (the YAML is currently invalid). */
  stale: boolean;
}

/**
 * Analyses the text as it changes. The deferred value lets React paint the keystroke first and
 * the analysis when it has time; invalid YAML never replaces the last valid graph.
 */
export function useAnalysis(text: string): AnalysisState {
  const deferred = useDeferredValue(text);
  const current = useMemo(() => analyze(deferred), [deferred]);
  const lastGood = useRef<AnalysisResult>(current);
  const broken = hasSyntaxErrors(current);
  // Updating a ref during render is safe here: it only ever moves to a newer valid result.
  if (!broken) lastGood.current = current;
  return { current, shown: broken ? lastGood.current : current, stale: broken };
}
