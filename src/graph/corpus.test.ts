// The graph of real manifests from public projects, through the whole engine.
import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { buildGraph } from './build';
import { layoutGraph } from './layout';
import { toDot } from './dot';
import { toMermaid } from './mermaid';
import { layoutProblems } from './testLayout';
import type { GraphNode, MountEdge, NamespaceNode, PodGraph } from './types';
import { corpusFile, corpusFilesIfPresent, NEEDS_CORPUS } from '../testing/corpus';
import { nodeById as node } from '../testing/graph';

const files = corpusFilesIfPresent();

function graphOf(file: string, workload = 0): PodGraph {
  return buildGraph(analyze(corpusFile(file)), workload);
}

function mounts(graph: PodGraph): [string, string, string, boolean][] {
  return graph.edges
    .filter((e): e is MountEdge => e.kind === 'mount')
    .map((e) => [e.source, e.target, e.mountPath, e.readOnly]);
}

describe('graph of the public corpus', NEEDS_CORPUS, () => {
  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  for (const [file, text] of files) {
    it(`${file}: every workload gives a sound graph, layout and exports`, () => {
      const result = analyze(text);
      result.workloads.forEach((_, i) => {
        const graph = buildGraph(result, i);
        const ids = graph.nodes.map((n) => n.id);
        expect(new Set(ids).size).toBe(ids.length);
        expect(new Set(graph.edges.map((e) => e.id)).size).toBe(graph.edges.length);
        for (const e of graph.edges)
          expect([ids.includes(e.source), ids.includes(e.target)]).toEqual([true, true]);
        const layout = layoutGraph(graph);
        expect(layoutProblems(graph, layout)).toEqual([]);
        expect(layoutGraph(buildGraph(result, i))).toEqual(layout);
        expect(toMermaid(graph)).toContain('subgraph n0[');
        expect(toDot(graph)).toContain('subgraph cluster_pod {');
      });
    });
  }

  it('two-container pod: one shared emptyDir, mounted at two paths', () => {
    const g = graphOf('k8s-two-container-pod.yaml');
    expect(node(g, 'volume:shared-data')).toMatchObject({ type: 'emptyDir', shared: true });
    expect(mounts(g)).toEqual([
      ['container:nginx-container', 'volume:shared-data', '/usr/share/nginx/html', false],
      ['container:debian-container', 'volume:shared-data', '/pod-data', false],
    ]);
    expect(node(g, 'pod')).toMatchObject({ name: 'two-containers', restartPolicy: 'Never' });
  });

  it('shareProcessNamespace: a pid hub of pod scope joined by both containers', () => {
    const g = graphOf('k8s-share-process-namespace.yaml');
    expect((node(g, 'namespace:pid') as NamespaceNode).scope).toBe('pod');
    const members = g.edges
      .filter((e) => e.kind === 'member' && e.target === 'namespace:pid')
      .map((e) => e.source);
    expect(members).toEqual(['container:nginx', 'container:shell']);
  });

  it('init containers: install runs first, then nginx', () => {
    const g = graphOf('k8s-init-containers.yaml');
    expect(node(g, 'container:install')).toMatchObject({ role: 'init', initStep: 1 });
    expect(g.edges.filter((e) => e.kind === 'order').map((e) => [e.source, e.target])).toEqual([
      ['container:install', 'container:nginx'],
    ]);
    expect(node(g, 'volume:workdir')).toMatchObject({
      shared: true,
      mountedBy: ['install', 'nginx'],
    });
  });

  it('node-exporter: host network, host PID and hostPath volumes link to the node', () => {
    const g = graphOf('kube-prometheus-nodeExporter-daemonset.yaml');
    expect((node(g, 'namespace:network') as NamespaceNode).scope).toBe('host');
    expect((node(g, 'namespace:pid') as NamespaceNode).scope).toBe('host');
    expect(node(g, 'host')).toMatchObject({ kind: 'host' });
    const toHost = g.edges.filter((e) => e.kind === 'uses-host').map((e) => e.source);
    expect(toHost).toEqual(
      expect.arrayContaining([
        'namespace:network',
        'namespace:uts',
        'namespace:pid',
        'volume:sys',
        'volume:root',
      ]),
    );
  });

  it('istio native sidecars: sidecar role, and port 80 clashing between a sidecar and the app', () => {
    const g = graphOf('istio-native-sidecar-injected.yaml');
    expect(node(g, 'container:istio-proxy')).toMatchObject({ role: 'sidecar' });
    expect(node(g, 'container:istio-init')).toMatchObject({ role: 'init', initStep: 1 });
    const chips = (node(g, 'namespace:network') as NamespaceNode).ports ?? [];
    const port80 = chips.filter((c) => c.port === 80).map((c) => [c.container, c.clash]);
    expect(port80).toEqual([
      ['other-sidecar', true],
      ['hello', true],
    ]);
    expect(chips.find((c) => c.port === 15090)).toMatchObject({
      container: 'istio-proxy',
      clash: false,
    });
  });

  it('RayCluster head group: the Fluent Bit config volume links to the ConfigMap in the same file', () => {
    const g = graphOf('kuberay-ray-cluster-fluentbit.yaml');
    expect(node(g, 'volume:ray-logs')).toMatchObject({
      shared: true,
      mountedBy: ['ray-head', 'fluentbit'],
    });
    expect(node(g, 'object:ConfigMap/fluentbit-config')).toMatchObject({
      objectKind: 'ConfigMap',
      document: 1,
    });
    expect(g.edges).toContainEqual({
      id: 'reference:fluentbit-config:ConfigMap/fluentbit-config',
      kind: 'reference',
      source: 'volume:fluentbit-config',
      target: 'object:ConfigMap/fluentbit-config',
    });
    expect(node(g, 'pod')).toMatchObject({ qosClass: 'Burstable' });
    expect(Object.keys((node(g, 'pod') as Extract<GraphNode, { kind: 'pod' }>).requests)).toEqual([
      'cpu',
      'memory',
    ]);
  });

  it('StatefulSet: a volumeClaimTemplate is drawn as a PersistentVolumeClaim volume', () => {
    const g = graphOf('k8s-web-statefulset.yaml');
    expect(node(g, 'volume:www')).toMatchObject({
      type: 'persistentVolumeClaim',
      fromClaimTemplate: true,
      storage: '1Gi',
    });
    expect(mounts(g)).toEqual([['container:nginx', 'volume:www', '/usr/share/nginx/html', false]]);
  });
});
