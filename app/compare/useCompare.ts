// Compare mode's state in the first load: version A, and, once the compare chunk has arrived,
// A's analysis (once per A), the diff against the editor's result (once per result of B) and
// what the graph and the lists draw from it. Everything heavier lives in the chunk.
import { useMemo, useState } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import type { PodGraph } from '../../src/graph/types';
import type { Lang } from '../../src/i18n/lang';
import { localizeFindings } from '../i18n/ruleTexts';
import { useLazyModule } from '../lazy/useLazyModule';
import { compareModule } from './compareModule';

export interface VersionA {
  text: string;
  source: string;
}

export function useCompare(
  current: AnalysisResult,
  workload: number,
  stale: boolean,
  graph: PodGraph | undefined,
  lang: Lang,
) {
  const [a, setA] = useState<VersionA | null>(null);
  const lazy = useLazyModule(compareModule, a !== null);
  const m = a && lazy.status === 'ready' ? lazy.module : undefined;
  const resultA = useMemo(() => (m && a ? m.analyzeA(a.text) : undefined), [m, a]);
  const comparison = useMemo(
    () => (m && resultA ? m.compareWith(resultA, current, stale ? -1 : workload) : null),
    [m, resultA, current, workload, stale],
  );
  const T = m?.diffTexts(lang);
  const marks = useMemo(
    () => (m && T && comparison ? m.marksOf(comparison.workload, T) : null),
    [m, T, comparison],
  );
  const edges = useMemo(
    () => (m && comparison ? m.edgeChanges(comparison.workload) : null),
    [m, comparison],
  );
  const drawn = useMemo(
    () => (m && graph && comparison ? m.withGhosts(graph, comparison.workload) : graph),
    [m, graph, comparison],
  );
  const findingsA = useMemo(
    () => (resultA ? localizeFindings(resultA.findings, lang) : []),
    [resultA, lang],
  );
  const summary = T && comparison ? m?.findingSummary(comparison, current, T) : undefined;
  return { a, setA, module: m, comparison, marks, edges, graph: drawn, findingsA, summary };
}
