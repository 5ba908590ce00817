// Compare mode's state in the first load: version A, and, once the compare chunk has arrived,
// the compare worker (A's analysis and the diff against B, off the page: compareClient.ts), the
// comparison it last gave and what the graph and the lists draw from it. Everything heavier
// lives in the chunk.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { PodGraph } from '../../src/graph/types';
import type { Lang } from '../../src/i18n/lang';
import { localizeFindings } from '../i18n/ruleTexts';
import { useLazyModule } from '../lazy/useLazyModule';
import type { AnalysisState } from '../state/useAnalysis';
import type { CompareClient, Compared } from './compareClient';
import { compareModule } from './compareModule';

export interface VersionA {
  text: string;
  source: string;
}

export function useCompare(
  analysis: Pick<AnalysisState, 'current' | 'version' | 'follow'>,
  workload: number,
  stale: boolean,
  graph: PodGraph | undefined,
  lang: Lang,
) {
  const { current, version, follow } = analysis;
  const [a, setA] = useState<VersionA | null>(null);
  const lazy = useLazyModule(compareModule, a !== null);
  const m = a && lazy.status === 'ready' ? lazy.module : undefined;
  const [compared, setCompared] = useState<Compared | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const client = useRef<CompareClient | null>(null);
  const on = m !== undefined;

  // The worker lives while compare mode is on; it follows every text the analysis worker gets.
  useEffect(() => {
    if (!m) return;
    const c = new m.CompareClient(m.startCompareWorker(), {
      compared: (next) => {
        setCompared(next);
        setFailed(null);
      },
      failed: setFailed,
    });
    client.current = c;
    const stop = follow(c.follow);
    return () => {
      stop();
      c.dispose();
      client.current = null;
      setCompared(null);
    };
  }, [m, follow]);
  // These run after the one above in the same commit, so the new worker hears of A and of the
  // B it follows at once.
  useEffect(() => {
    if (on && a) client.current?.setA(a.text);
  }, [on, a]);
  useEffect(() => client.current?.resultOfB(version, current), [on, version, current]);

  const comparison = useMemo(
    () => (m && compared ? m.comparisonOf(compared, stale ? -1 : workload) : null),
    [m, compared, workload, stale],
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
  const resultA = compared?.a;
  const findingsA = useMemo(
    () => (resultA ? localizeFindings(resultA.findings, lang) : []),
    [resultA, lang],
  );
  const summary = T && comparison ? m?.findingSummary(comparison, T) : undefined;
  return { a, setA, module: m, comparison, marks, edges, graph: drawn, findingsA, summary, failed };
}
