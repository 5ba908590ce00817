import { useDeferredValue, useMemo, useState } from 'react';
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
  const [lastGood, setLastGood] = useState<AnalysisResult>(current);
  const broken = hasSyntaxErrors(current);
  // Derived from the previous render (React's documented pattern): React re-renders at once.
  if (!broken && lastGood !== current) setLastGood(current);
  return { current, shown: broken ? lastGood : current, stale: broken };
}
