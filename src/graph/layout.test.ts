import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { layoutGraph } from './layout';
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

  it('puts hubs, then lanes in role order, inside the frame; volumes below it; the host to its left', () => {
    const graph = graphOf({
      hostNetwork: true,
      shareProcessNamespace: true,
      initContainers: [{ name: 'migrate' }, { name: 'setup' }, { name: 'proxy', sidecar: true }],
      containers: [{ name: 'web', mounts: { data: '/data' } }],
      ephemeralContainers: [{ name: 'debugger' }],
      volumes: { data: { emptyDir: {} } },
    });
    const layout = layoutGraph(graph);
    const box = (id: string): Rect => absolute(layout, id);
    const pod = box('pod');
    expect(layout.nodes['container:web'].parentId).toBe('pod');
    expect(layout.nodes['namespace:network'].parentId).toBe('pod');
    expect(layout.nodes['volume:data'].parentId).toBeUndefined();
    expect(box('namespace:network').y + box('namespace:network').height).toBeLessThanOrEqual(
      box('namespace:ipc').y,
    );
    expect(box('namespace:ipc').y).toBe(box('namespace:pid').y);
    expect(box('namespace:pid').y + box('namespace:pid').height).toBeLessThan(
      box('container:migrate').y,
    );
    // Init containers run one after another: numbered left to right.
    expect(box('container:migrate').x).toBeLessThan(box('container:setup').x);
    expect(box('container:setup').x).toBeLessThan(box('container:proxy').x);
    expect(box('container:proxy').x).toBeLessThan(box('container:web').x);
    expect(box('container:web').x).toBeLessThan(box('container:debugger').x);
    expect(layout.lanes.map((l) => l.role)).toEqual(['init', 'sidecar', 'app', 'ephemeral']);
    expect(box('volume:data').y).toBeGreaterThan(pod.y + pod.height);
    expect(box('host').x + box('host').width).toBeLessThan(pod.x);
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
        expect(layoutProblems(graph, layoutGraph(graph))).toEqual([]);
      }),
      { numRuns: 40 },
    );
  });
});
