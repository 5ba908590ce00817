import { useMemo } from 'react';
import { documentText, type AnalysisResult } from '../../src/analysis/result';
import { buildGraph } from '../../src/graph/build';
import type { ElementRange } from '../../src/graph/elements';
import { layoutGraph, type GraphLayout } from '../../src/graph/layout';
import type { PodGraph } from '../../src/graph/types';
import { lazyModule } from '../lazy/lazyModule';
import { useLazyModule } from '../lazy/useLazyModule';

// Finding which YAML draws which element reads the document again: the YAML reader is fetched
// after first paint (clicks and the cursor work as soon as it is there).
const locator = lazyModule(() => import('../../src/graph/locate'));

export interface PodView {
  graph: PodGraph;
  layout: GraphLayout;
  /** Where each element's YAML is in `result.text` (empty until the locator has loaded). */
  ranges: ElementRange[];
}

/** Graph, layout and source ranges of one workload, computed once per analysis. */
export function usePodView(result: AnalysisResult, workload: number): PodView | null {
  const locate = useLazyModule(locator);
  const drawn = useMemo(() => {
    const w = result.workloads[workload];
    if (!w) return null;
    const graph = buildGraph(result, workload);
    const document = result.documents[w.ref.document];
    return { graph, layout: layoutGraph(graph), document, source: documentText(result, document) };
  }, [result, workload]);
  const ready = locate.status === 'ready' ? locate.module : null;
  return useMemo(() => {
    if (!drawn) return null;
    const ranges = ready ? ready.locateElements(drawn.source, drawn.document, drawn.graph) : [];
    return { graph: drawn.graph, layout: drawn.layout, ranges };
  }, [drawn, ready]);
}
