import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { frameHeaderHeight } from './frameHeader';
import { layoutCandidates } from './layout';
import { containerSize, hubExplains, hubSize, networkSize, nodeSize } from './sizes';
import { analysisOf, podModel } from './testModel';
import { layoutProblems } from './testLayout';
import type { ContainerNode, NamespaceNode, PodGraph, PodNode } from './types';

function graphOf(hostNetwork = false): PodGraph {
  const model = podModel({
    containers: [
      {
        name: 'web',
        ports: [8080],
        requests: { cpu: '100m', memory: '64Mi' },
        limits: { memory: '128Mi' },
        mounts: { data: '/data' },
      },
      { name: 'shipper', mounts: { data: '/logs' } },
    ],
    volumes: { data: { emptyDir: {} } },
    hostNetwork,
  });
  return buildGraph(analysisOf(model), 0);
}

function node(g: PodGraph, kind: string, name?: string): unknown {
  return g.nodes.find((n) => n.kind === kind && (name === undefined || n.name === name));
}

describe('compact density (presentation mode)', () => {
  it('draws a container card as its name and badges only: shorter, never wider', () => {
    const web = node(graphOf(), 'container', 'web') as ContainerNode;
    const full = containerSize(web);
    const compact = containerSize(web, 'compact');
    expect(compact.height).toBeLessThan(full.height * 0.75);
    expect(compact.width).toBeLessThanOrEqual(full.width);
    expect(nodeSize(web, 'compact')).toEqual(compact);
    expect(nodeSize(web)).toEqual(full);
  });

  it('keeps the frame header to its first row', () => {
    const pod = node(graphOf(), 'pod') as PodNode;
    expect(frameHeaderHeight(pod, 600, 'compact')).toBeLessThan(frameHeaderHeight(pod, 600));
  });

  it('drops the pod network hub’s line, but keeps the warning of the node’s own network', () => {
    const podNet = node(graphOf(), 'namespace', 'network') as NamespaceNode;
    const hostNet = node(graphOf(true), 'namespace', 'network') as NamespaceNode;
    expect(hubExplains(podNet, 'compact')).toBe(false);
    expect(hubExplains(podNet, 'full')).toBe(true);
    expect(hubExplains(hostNet, 'compact')).toBe(true);
    expect(networkSize(podNet, 300, 'compact').height).toBeLessThan(
      networkSize(podNet, 300).height,
    );
    expect(networkSize(hostNet, 300, 'compact')).toEqual(networkSize(hostNet, 300));
    const ipc = node(graphOf(), 'namespace', 'ipc') as NamespaceNode;
    expect(hubSize(ipc, 'compact')).toEqual(hubSize(ipc));
  });

  it('lays every candidate out without overlaps, each marked compact', () => {
    for (const graph of [graphOf(), graphOf(true)]) {
      const candidates = layoutCandidates(graph, 'compact');
      expect(candidates.length).toBeGreaterThan(0);
      for (const layout of candidates) {
        expect(layout.density).toBe('compact');
        expect(layoutProblems(graph, layout)).toEqual([]);
      }
      const full = layoutCandidates(graph);
      const tallest = (ls: typeof full) => Math.min(...ls.map((l) => l.height));
      expect(tallest(candidates)).toBeLessThan(tallest(full));
    }
  });
});
