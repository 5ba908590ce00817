import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { fitZoom, layoutCandidates, layoutGraph } from './layout';
import { analysisOf, podModel, type ContainerSpec, type PodSpec } from './testModel';
import type { Rect } from './lanes';
import { absolute, layoutProblems } from './testLayout';
import type { PodGraph } from './types';

const SOURCES: Record<string, unknown>[] = [
  { emptyDir: {} },
  { emptyDir: { medium: 'Memory', sizeLimit: '256Mi' } },
  { configMap: { name: 'app-config' } },
  { secret: { secretName: 'app-secret' } },
  { hostPath: { path: '/var/log' } },
  { persistentVolumeClaim: { claimName: 'data' } },
];

/** A pod with `n` containers across all roles and `n` volumes, each mounted by one to three containers. */
function bigPod(n: number, seed = 1): PodSpec {
  const volumes: PodSpec['volumes'] = {};
  for (let v = 0; v < n; v++) volumes[`volume-${v}`] = SOURCES[(v * seed) % SOURCES.length];
  const specs: ContainerSpec[] = [];
  for (let c = 0; c < n; c++) {
    const mounts: Record<string, string> = {};
    for (let k = 0; k < (c * seed) % 4; k++) mounts[`volume-${(c * 7 + k * 3) % n}`] = `/mnt/${k}`;
    const ports = Array.from({ length: (c + seed) % 5 }, (_, k) => 8000 + ((c * 3 + k) % 11));
    specs.push({
      name: `container-${c}-${'x'.repeat((c * seed) % 23)}`,
      ports,
      mounts,
      image: `registry.example/team/image-${c}:1.${c}`,
    });
  }
  const init = Math.floor(n / 6);
  const sidecars = Math.floor(n / 6);
  const ephemeral = Math.floor(n / 10);
  return {
    hostNetwork: n % 2 === 1,
    shareProcessNamespace: n > 4,
    initContainers: [
      ...specs.slice(0, init),
      ...specs.slice(init, init + sidecars).map((s) => ({ ...s, sidecar: true })),
    ],
    containers: specs.slice(init + sidecars, n - ephemeral),
    ephemeralContainers: specs.slice(n - ephemeral).map((s) => ({ ...s, ports: [], mounts: {} })),
    volumes,
  };
}

function graphOf(spec: PodSpec): PodGraph {
  const objects = [
    { kind: 'ConfigMap', name: 'app-config', document: 1 },
    { kind: 'Secret', name: 'app-secret', document: 2 },
  ];
  return buildGraph(analysisOf(podModel(spec), [], objects), 0);
}

describe('layoutGraph', () => {
  for (const n of [1, 5, 20, 60]) {
    it(`places ${n} containers and ${n} volumes without overlapping boxes`, () => {
      const graph = graphOf(bigPod(n));
      expect(graph.nodes.filter((x) => x.kind === 'container')).toHaveLength(n);
      expect(graph.nodes.filter((x) => x.kind === 'volume')).toHaveLength(n);
      const layout = layoutGraph(graph);
      expect(layoutProblems(graph, layout)).toEqual([]);
    });

    it(`gives the same layout for ${n} containers on every run`, () => {
      const first = layoutGraph(graphOf(bigPod(n)));
      const second = layoutGraph(graphOf(bigPod(n)));
      expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    });
  }

  it('keeps 60 containers readable: lanes wrap into rows instead of one endless row', () => {
    const layout = layoutGraph(
      graphOf({ containers: Array.from({ length: 60 }, (_, i) => ({ name: `c${i}` })) }),
    );
    const ys = new Set(
      Object.entries(layout.nodes)
        .filter(([id]) => id.startsWith('container:'))
        .map(([, b]) => b.y),
    );
    expect(ys.size).toBeGreaterThan(4);
    expect(layout.width).toBeLessThan(2 * layout.height + 1000);
  });

  it('puts hubs, then lanes in role order, inside the frame; volumes and the host outside it', () => {
    const graph = graphOf({
      hostNetwork: true,
      shareProcessNamespace: true,
      initContainers: [{ name: 'migrate' }, { name: 'setup' }, { name: 'proxy', sidecar: true }],
      containers: [{ name: 'web', mounts: { data: '/data' } }],
      ephemeralContainers: [{ name: 'debugger' }],
      volumes: { data: { emptyDir: {} } },
    });
    const candidates = layoutCandidates(graph);
    expect(candidates.some((c) => c.host === 'left')).toBe(true);
    expect(candidates.some((c) => c.host === 'below')).toBe(true);
    for (const layout of candidates) {
      const box = (id: string): Rect => absolute(layout, id);
      const pod = box('pod');
      expect(layoutProblems(graph, layout)).toEqual([]);
      expect(layout.nodes['container:web'].parentId).toBe('pod');
      expect(layout.nodes['namespace:network'].parentId).toBe('pod');
      expect(layout.nodes['volume:data'].parentId).toBeUndefined();
      // The network band comes first (left of or above the other hubs); every hub is above the lanes.
      expect(box('namespace:network').y).toBeLessThanOrEqual(box('namespace:ipc').y);
      for (const hub of ['network', 'ipc', 'pid'])
        expect(box(`namespace:${hub}`).y + box(`namespace:${hub}`).height).toBeLessThan(
          box('container:migrate').y,
        );
      // Init containers run one after another: numbered in reading order.
      const [first, second] = [box('container:migrate'), box('container:setup')];
      expect(first.y < second.y || (first.y === second.y && first.x < second.x)).toBe(true);
      expect(layout.lanes.map((l) => l.role)).toEqual(['init', 'sidecar', 'app', 'ephemeral']);
      expect(box('volume:data').y).toBeGreaterThan(pod.y + pod.height);
      if (layout.host === 'left') expect(box('host').x + box('host').width).toBeLessThan(pod.x);
      else {
        expect(box('host').y).toBeGreaterThan(pod.y + pod.height);
        expect(box('host').x).toBeLessThan(box('volume:data').x);
      }
    }
  });

  it('chooses the arrangement that Fit shows biggest in the pane', () => {
    const graph = graphOf({
      containers: ['a', 'b', 'c', 'd'].map((name) => ({ name, mounts: { [name]: `/${name}` } })),
      volumes: { a: {}, b: {}, c: {}, d: {} },
    });
    const candidates = layoutCandidates(graph);
    for (const pane of [
      { width: 700, height: 600 },
      { width: 1250, height: 560 },
      { width: 500, height: 1000 },
    ]) {
      const chosen = layoutGraph(graph, pane);
      for (const c of candidates)
        expect(fitZoom(chosen, pane) * 1.25, JSON.stringify(pane)).toBeGreaterThanOrEqual(
          fitZoom(c, pane),
        );
    }
    // A tall pane stacks the containers; a wide one puts them in one row.
    const tall = layoutGraph(graph, { width: 500, height: 1000 });
    const wide = layoutGraph(graph, { width: 1600, height: 600 });
    const rows = (l: ReturnType<typeof layoutGraph>) =>
      new Set(['a', 'b', 'c', 'd'].map((n) => l.nodes[`container:${n}`].y)).size;
    expect(rows(tall)).toBeGreaterThan(rows(wide));
    expect(
      fitZoom(layoutGraph(graph, { width: 1600, height: 600 }), { width: 1600, height: 600 }),
    ).toBeGreaterThan(fitZoom(tall, { width: 1600, height: 600 }));
  });

  it('orders volumes under the containers that mount them', () => {
    const graph = graphOf({
      containers: [
        { name: 'left', mounts: { c: '/c' } },
        { name: 'middle', mounts: { b: '/b' } },
        { name: 'right', mounts: { a: '/a' } },
      ],
      volumes: { a: {}, b: {}, c: {}, unused: {} },
    });
    const layout = layoutGraph(graph);
    const xs = ['c', 'b', 'a', 'unused'].map((v) => layout.nodes[`volume:${v}`].x);
    expect([...xs].sort((p, q) => p - q)).toEqual(xs);
  });

  it('grows a container card with its ports and mounts, and the network hub with its chips', () => {
    const few = layoutGraph(graphOf({ containers: [{ name: 'a', ports: [80] }] }));
    const many = layoutGraph(
      graphOf({
        containers: [{ name: 'a', ports: [80, 81, 82, 83], mounts: { v: '/v', w: '/w' } }],
        volumes: { v: {}, w: {} },
      }),
    );
    expect(many.nodes['container:a'].height).toBeGreaterThan(few.nodes['container:a'].height);
    const chips = (k: number): number =>
      layoutGraph(
        graphOf({
          containers: [{ name: 'a', ports: Array.from({ length: k }, (_, i) => 8000 + i) }],
        }),
      ).nodes['namespace:network'].height;
    expect(chips(40)).toBeGreaterThan(chips(1));
  });

  it('never overlaps boxes for random pods', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 1, max: 9 }), (n, seed) => {
        const graph = graphOf(bigPod(n, seed));
        for (const layout of layoutCandidates(graph))
          expect(layoutProblems(graph, layout)).toEqual([]);
      }),
      { numRuns: 25 },
    );
    // Each run lays out up to sixty containers in every candidate arrangement: room for a slow machine.
  }, 120_000);
});
