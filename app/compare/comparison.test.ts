import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { diffTexts } from '../../src/diff/texts';
import { SHOP_A, SHOP_B } from '../../src/diff/testing';
import { buildGraph } from '../../src/graph/build';
import { compareWith, findingSummary, withGhosts } from './comparison';
import { fieldText, marksOf } from './marks';

const T = diffTexts('en');

describe('compare mode data', () => {
  it('marks the added sidecar and the halved memory limit on B', () => {
    const a = analyze(SHOP_A);
    const b = analyze(SHOP_B);
    const c = compareWith(a, b, 0);
    const marks = marksOf(c.workload, T);
    expect(marks?.('container', 'istio-proxy')?.change).toBe('added');
    expect(marks?.('container', 'app')?.change).toBe('changed');
    expect(marks?.('volume', 'cache')).toBeUndefined();
    const app = c.workload?.elements.find((e) => e.id === 'container:app');
    expect(app?.fields?.map((f) => fieldText(f, T))).toContain('limits[memory]: 512Mi → 256Mi');
    expect(findingSummary(c, T)).toMatch(/new finding/);
  });

  it('draws what B removed as ghosts with their former edges, before layout', () => {
    // Swapped: B no longer has the sidecar.
    const a = analyze(SHOP_B);
    const b = analyze(SHOP_A);
    const c = compareWith(a, b, 0);
    const graph = buildGraph(b, 0);
    const drawn = withGhosts(graph, c.workload);
    const ghost = drawn.nodes.find((n) => n.id === 'container:istio-proxy');
    expect(ghost).toBeDefined();
    expect(graph.nodes.some((n) => n.id === 'container:istio-proxy')).toBe(false);
    expect(drawn.edges.some((e) => e.source === 'container:istio-proxy')).toBe(true);
    // Every edge joins nodes that are drawn.
    const ids = new Set(drawn.nodes.map((n) => n.id));
    for (const e of drawn.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(marksOf(c.workload, T)?.('container', 'istio-proxy')?.change).toBe('removed');
  });

  it('leaves the graph as it is when nothing was removed or there is no workload', () => {
    const a = analyze(SHOP_A);
    const graph = buildGraph(a, 0);
    expect(withGhosts(graph, compareWith(a, a, 0).workload)).toBe(graph);
    expect(withGhosts(graph, undefined)).toBe(graph);
    expect(compareWith(a, a, -1).workload).toBeUndefined();
    expect(compareWith(a, a, 0).workload?.change).toBe('unchanged');
  });
});
