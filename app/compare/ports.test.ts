import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { diffTexts } from '../../src/diff/texts';
import { SHOP_A, SHOP_B } from '../../src/diff/testing';
import { buildGraph } from '../../src/graph/build';
import { chipKey } from '../../src/graph/marks';
import type { NamespaceNode, PodGraph } from '../../src/graph/types';
import { compareWith } from './comparison';
import { marksOf, portMarksOf } from './marks';
import { portChanges, withPortGhosts } from './ports';

function changesOf(a: string, b: string, workload = 0) {
  const rb = analyze(b);
  const c = compareWith(analyze(a), rb, workload);
  const graph = buildGraph(rb, workload);
  return { graph, c, ...portChanges(c.workload, graph) };
}

function hubPorts(graph: PodGraph): string[] {
  const hub = graph.nodes.find(
    (n): n is NamespaceNode => n.kind === 'namespace' && n.name === 'network',
  );
  return (hub?.ports ?? []).map((p) => chipKey(p.container, p.port, p.protocol));
}

describe('port chips in compare mode', () => {
  it('marks the sidecar’s port added and leaves the app’s alone', () => {
    const { marks, ghosts } = changesOf(SHOP_A, SHOP_B);
    expect(marks.get(chipKey('istio-proxy', 15090, 'TCP'))?.change).toBe('added');
    expect(marks.has(chipKey('app', 8080, 'TCP'))).toBe(false);
    expect(ghosts).toEqual([]);
  });

  it('reads a port whose number was edited as changed, old → new, its old chip beside it', () => {
    const b = SHOP_A.replace('containerPort: 8080', 'containerPort: 9090');
    const { marks, ghosts, graph } = changesOf(SHOP_A, b);
    expect(marks.get(chipKey('app', 9090, 'TCP'))).toMatchObject({
      change: 'changed',
      from: '8080',
    });
    expect(marks.get(chipKey('app', 8080, 'TCP'))?.into).toBe(chipKey('app', 9090, 'TCP'));
    // Laid out with the old chip's room next to the new one.
    const drawn = hubPorts(withPortGhosts(graph, ghosts));
    const at = drawn.indexOf(chipKey('app', 9090, 'TCP'));
    expect(drawn[at + 1]).toBe(chipKey('app', 8080, 'TCP'));
  });

  it('keeps a dropped port as a ghost chip after its container’s chips', () => {
    const b = SHOP_A.replace('        - {name: metrics, containerPort: 15090}\n', '');
    const { marks, ghosts, graph } = changesOf(SHOP_A, b);
    const key = chipKey('app', 15090, 'TCP');
    expect(marks.get(key)).toEqual({ change: 'removed' });
    expect(hubPorts(graph)).not.toContain(key);
    expect(hubPorts(withPortGhosts(graph, ghosts))).toEqual([chipKey('app', 8080, 'TCP'), key]);
    const T = diffTexts('en');
    expect(portMarksOf({ marks, ghosts }, T).get(key)).toMatchObject({
      symbol: T.symbol.removed,
      word: T.change.removed,
    });
  });

  it('marks every element and chip of a workload A does not have as added', () => {
    const extra = SHOP_A.replace(/name: shop/g, 'name: cart');
    const { marks, c } = changesOf(SHOP_A, `${SHOP_A}---\n${extra}`, 1);
    expect(c.workload?.change).toBe('added');
    expect(marks.get(chipKey('app', 8080, 'TCP'))?.change).toBe('added');
    const cards = marksOf(c.workload, diffTexts('en'));
    expect(cards?.('container', 'app')?.change).toBe('added');
    expect(cards?.('volume', 'cache')?.change).toBe('added');
  });
});
