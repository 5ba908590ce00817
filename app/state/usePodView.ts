import { useMemo } from 'react';
import type { AnalysisResult } from '../../src/analysis';
import { buildGraph } from '../../src/graph/build';
import { layoutGraph, type GraphLayout } from '../../src/graph/layout';
import { locateElements, type ElementRange } from '../../src/graph/locate';
import type { PodGraph } from '../../src/graph/types';

export interface PodView {
  graph: PodGraph;
  layout: GraphLayout;
  /** Where each element's YAML is in `result.text`. */
  ranges: ElementRange[];
}

/** Graph, layout and source ranges of one workload, computed once per analysis. */
export function usePodView(result: AnalysisResult, workload: number): PodView | null {
  return useMemo(() => {
    const w = result.workloads[workload];
    if (!w) return null;
    const graph = buildGraph(result, workload);
    const layout = layoutGraph(graph);
    const ranges = locateElements(result.text, result.documents[w.ref.document], graph);
    return { graph, layout, ranges };
  }, [result, workload]);
}
