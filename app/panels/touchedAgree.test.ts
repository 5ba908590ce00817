// A selected finding lights up the same graph nodes that carry its badge and that list it in
// the inspector: all three ask nodesTouchedBy. Checked for every finding of every gallery example.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import type { AnalysisResult } from '../../src/analysis/result';
import { buildGraph } from '../../src/graph/build';
import { nodesTouchedBy } from '../../src/graph/touched';
import type { PodGraph } from '../../src/graph/types';
import { loadExamples } from '../examples/index';
import { relatedFindings } from './related';

const EXAMPLES = await loadExamples();

// The nodes the graph badges when `index` is the only finding of the input.
function badged(result: AnalysisResult, workload: number, index: number): string[] {
  const only = result.findings
    .filter((_, i) => i === index)
    .map((f) => ({ ...f, suppressed: false }));
  const graph = buildGraph({ ...result, findings: only }, workload);
  return graph.nodes.filter((n) => (n.findings ?? 0) > 0).map((n) => n.id);
}

// The nodes whose inspector lists finding `index` among the findings that touch them.
function inspected(result: AnalysisResult, workload: number, graph: PodGraph, index: number) {
  return graph.nodes
    .filter((node) =>
      relatedFindings(result, workload, graph, { kind: 'node', node }).some(
        (e) => e.index === index,
      ),
    )
    .map((n) => n.id);
}

describe.each(EXAMPLES.map((e) => [e.id, e.text] as const))('gallery example %s', (_, text) => {
  const result = analyze(text);

  it('badges, highlights and inspects the same nodes for each finding', () => {
    let checked = 0;
    result.workloads.forEach((w, workload) => {
      const graph = buildGraph(result, workload);
      result.findings.forEach((f, index) => {
        if (f.document !== w.ref.document) return;
        const highlighted = nodesTouchedBy(f, graph);
        const inspector = inspected(result, workload, graph, index);
        checked++;
        expect(inspector).toEqual(highlighted);
        expect(badged(result, workload, index)).toEqual(highlighted);
      });
    });
    expect(checked).toBe(result.findings.length);
  });
});

describe('the gallery as a whole', () => {
  it('exercises the host node and the network hub', () => {
    const touched = EXAMPLES.flatMap((e) => {
      const result = analyze(e.text);
      const graph = buildGraph(result, 0);
      return result.findings.flatMap((f) => nodesTouchedBy(f, graph));
    });
    expect(touched).toEqual(expect.arrayContaining(['host', 'namespace:network']));
  });
});
