import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { analysisOf, finding, podModel } from './testModel';
import type { GraphEdge, NamespaceNode, PodGraph } from './types';
import { nodeById as node } from '../testing/graph';

function edges(graph: PodGraph, kind: GraphEdge['kind']): GraphEdge[] {
  return graph.edges.filter((e) => e.kind === kind);
}

function namespace(graph: PodGraph, name: string): NamespaceNode {
  return node(graph, `namespace:${name}`) as NamespaceNode;
}

describe('buildGraph: volumes and mounts', () => {
  const model = podModel({
    containers: [
      { name: 'writer', mounts: { 'shared-data': '/data' } },
      {
        name: 'reader',
        mounts: { 'shared-data': ['/logs', true], config: ['/etc/app', true, 'app.conf'] },
      },
    ],
    volumes: { 'shared-data': { emptyDir: {} }, config: { configMap: { name: 'app-config' } } },
  });
  const graph = buildGraph(analysisOf(model), 0);

  it('draws one node for an emptyDir mounted by two containers, marked shared', () => {
    const volumes = graph.nodes.filter((n) => n.kind === 'volume');
    expect(volumes.map((v) => v.id)).toEqual(['volume:shared-data', 'volume:config']);
    expect(node(graph, 'volume:shared-data')).toMatchObject({
      type: 'emptyDir',
      shared: true,
      mountedBy: ['writer', 'reader'],
    });
    expect(node(graph, 'volume:config')).toMatchObject({
      type: 'configMap',
      shared: false,
      reference: 'app-config',
    });
  });

  it('draws one mount edge per volumeMount, with its own path, mode and subPath', () => {
    const mounts = edges(graph, 'mount');
    expect(mounts).toEqual([
      {
        id: 'mount:writer:shared-data:0',
        kind: 'mount',
        source: 'container:writer',
        target: 'volume:shared-data',
        mountPath: '/data',
        readOnly: false,
        path: 'spec.containers[0].volumeMounts[0]',
      },
      {
        id: 'mount:reader:shared-data:0',
        kind: 'mount',
        source: 'container:reader',
        target: 'volume:shared-data',
        mountPath: '/logs',
        readOnly: true,
        path: 'spec.containers[1].volumeMounts[0]',
      },
      {
        id: 'mount:reader:config:1',
        kind: 'mount',
        source: 'container:reader',
        target: 'volume:config',
        mountPath: '/etc/app',
        readOnly: true,
        subPath: 'app.conf',
        path: 'spec.containers[1].volumeMounts[1]',
      },
    ]);
  });

  it('links a configMap volume to the ConfigMap only when the input holds it', () => {
    expect(graph.nodes.some((n) => n.kind === 'object')).toBe(false);
    const linked = buildGraph(
      analysisOf(model, [], [{ kind: 'ConfigMap', name: 'app-config', document: 1 }]),
      0,
    );
    expect(node(linked, 'object:ConfigMap/app-config')).toMatchObject({
      kind: 'object',
      objectKind: 'ConfigMap',
      document: 1,
    });
    expect(edges(linked, 'reference')).toEqual([
      {
        id: 'reference:config:ConfigMap/app-config',
        kind: 'reference',
        source: 'volume:config',
        target: 'object:ConfigMap/app-config',
      },
    ]);
  });

  it('carries emptyDir medium and sizeLimit', () => {
    const g = buildGraph(
      analysisOf(
        podModel({
          containers: [{ name: 'a' }],
          volumes: { cache: { emptyDir: { medium: 'Memory', sizeLimit: '1Gi' } } },
        }),
      ),
      0,
    );
    expect(node(g, 'volume:cache')).toMatchObject({
      medium: 'Memory',
      sizeLimit: '1Gi',
      shared: false,
      mountedBy: [],
    });
  });

  it('skips a mount whose volume does not exist instead of drawing a dangling edge', () => {
    const g = buildGraph(
      analysisOf(podModel({ containers: [{ name: 'a', mounts: { missing: '/x' } }] })),
      0,
    );
    expect(edges(g, 'mount')).toEqual([]);
  });
});

describe('buildGraph: namespaces and the host', () => {
  it('gives a plain pod network, ipc and uts hubs of pod scope, no pid hub and no host node', () => {
    const g = buildGraph(
      analysisOf(podModel({ name: 'web', containers: [{ name: 'a' }, { name: 'b' }] })),
      0,
    );
    const hubs = g.nodes.filter((n): n is NamespaceNode => n.kind === 'namespace');
    expect(hubs.map((n) => [n.name, n.scope])).toEqual([
      ['network', 'pod'],
      ['ipc', 'pod'],
      ['uts', 'pod'],
    ]);
    expect(namespace(g, 'uts').hostname).toBe('web');
    expect(g.nodes.some((n) => n.kind === 'host')).toBe(false);
    expect(edges(g, 'member').map((e) => e.id)).toEqual([
      'member:a:network',
      'member:a:ipc',
      'member:a:uts',
      'member:b:network',
      'member:b:ipc',
      'member:b:uts',
    ]);
  });

  it('with hostNetwork puts network and uts on the host and links them to a host node', () => {
    const g = buildGraph(
      analysisOf(podModel({ hostNetwork: true, containers: [{ name: 'a' }] })),
      0,
    );
    expect(namespace(g, 'network').scope).toBe('host');
    // The runtime leaves the pod in the node's UTS namespace too: `hostname` prints the node's name.
    expect(namespace(g, 'uts').scope).toBe('host');
    expect(namespace(g, 'uts').hostname).toBeUndefined();
    expect(namespace(g, 'ipc').scope).toBe('pod');
    expect(node(g, 'host')).toMatchObject({ kind: 'host', name: 'node', uses: ['hostNetwork'] });
    expect(edges(g, 'uses-host')).toEqual([
      {
        id: 'uses-host:namespace:network',
        kind: 'uses-host',
        source: 'namespace:network',
        target: 'host',
      },
      { id: 'uses-host:namespace:uts', kind: 'uses-host', source: 'namespace:uts', target: 'host' },
    ]);
  });

  it('with shareProcessNamespace adds a pid hub of pod scope that every container joins', () => {
    const g = buildGraph(
      analysisOf(
        podModel({
          shareProcessNamespace: true,
          containers: [{ name: 'nginx' }, { name: 'shell' }],
        }),
      ),
      0,
    );
    expect(namespace(g, 'pid').scope).toBe('pod');
    expect(
      edges(g, 'member')
        .filter((e) => e.target === 'namespace:pid')
        .map((e) => e.source),
    ).toEqual(['container:nginx', 'container:shell']);
    expect(g.nodes.some((n) => n.kind === 'host')).toBe(false);
  });

  it('with hostPID has a host-scoped pid hub; hostIPC a host-scoped ipc hub', () => {
    const g = buildGraph(
      analysisOf(podModel({ hostPID: true, hostIPC: true, containers: [{ name: 'a' }] })),
      0,
    );
    expect(namespace(g, 'pid').scope).toBe('host');
    expect(namespace(g, 'ipc').scope).toBe('host');
    expect(namespace(g, 'network').scope).toBe('pod');
    expect(node(g, 'host')).toMatchObject({ uses: ['hostPID', 'hostIPC'] });
    expect(edges(g, 'uses-host').map((e) => e.source)).toEqual(['namespace:ipc', 'namespace:pid']);
  });

  it('links a hostPath volume to the host', () => {
    const g = buildGraph(
      analysisOf(
        podModel({
          containers: [{ name: 'a', mounts: { logs: '/var/log' } }],
          volumes: { logs: { hostPath: { path: '/var/log' } } },
        }),
      ),
      0,
    );
    expect(node(g, 'host')).toMatchObject({ uses: ['hostPath:/var/log'] });
    expect(edges(g, 'uses-host')).toEqual([
      { id: 'uses-host:volume:logs', kind: 'uses-host', source: 'volume:logs', target: 'host' },
    ]);
  });

  it('makes ephemeral containers members of the pod namespaces', () => {
    const g = buildGraph(
      analysisOf(
        podModel({ containers: [{ name: 'web' }], ephemeralContainers: [{ name: 'debugger' }] }),
      ),
      0,
    );
    expect(node(g, 'container:debugger')).toMatchObject({ role: 'ephemeral' });
    expect(
      edges(g, 'member')
        .filter((e) => e.source === 'container:debugger')
        .map((e) => e.target),
    ).toEqual(['namespace:network', 'namespace:ipc', 'namespace:uts']);
  });
});

describe('buildGraph: start order', () => {
  const model = podModel({
    initContainers: [{ name: 'migrate' }, { name: 'proxy', sidecar: true }, { name: 'setup' }],
    containers: [{ name: 'web' }, { name: 'worker' }],
    ephemeralContainers: [{ name: 'debug' }],
  });
  const g = buildGraph(analysisOf(model), 0);

  it('chains init containers in declaration order, then the last one to every app container', () => {
    expect(edges(g, 'order').map((e) => [e.source, e.target])).toEqual([
      ['container:migrate', 'container:proxy'],
      ['container:proxy', 'container:setup'],
      ['container:setup', 'container:web'],
      ['container:setup', 'container:worker'],
    ]);
    expect(edges(g, 'order')[0].id).toBe('order:migrate:proxy');
  });

  it('numbers init containers and sidecars in start order and keeps roles', () => {
    const cards = g.nodes.flatMap((n) =>
      n.kind === 'container' ? [[n.name, n.role, n.runOrder, n.initStep]] : [],
    );
    expect(cards).toEqual([
      ['migrate', 'init', 0, 1],
      ['proxy', 'sidecar', 1, 2],
      ['setup', 'init', 2, 3],
      ['web', 'app', 3, undefined],
      ['worker', 'app', 4, undefined],
      ['debug', 'ephemeral', 5, undefined],
    ]);
  });

  it('draws no order edges without init containers', () => {
    const plain = buildGraph(
      analysisOf(podModel({ containers: [{ name: 'a' }, { name: 'b' }] })),
      0,
    );
    expect(edges(plain, 'order')).toEqual([]);
  });
});

describe('buildGraph: port chips', () => {
  it('marks a clash when two running containers declare the same port and protocol', () => {
    const g = buildGraph(
      analysisOf(
        podModel({
          initContainers: [
            { name: 'warmup', ports: [8080] },
            { name: 'mesh', sidecar: true, ports: [15001] },
          ],
          containers: [
            { name: 'web', ports: [8080, 15001] },
            { name: 'debug-tool', ports: [8080, '8080/UDP'] },
          ],
        }),
      ),
      0,
    );
    const chips = (p: string, n: number) => `spec.${p}[${n}]`;
    expect(namespace(g, 'network').ports).toEqual([
      // A regular init container has exited before the app containers start: no clash.
      {
        port: 8080,
        protocol: 'TCP',
        container: 'warmup',
        clash: false,
        path: `${chips('initContainers', 0)}.ports[0]`,
      },
      // A native sidecar keeps running next to the app containers.
      {
        port: 15001,
        protocol: 'TCP',
        container: 'mesh',
        clash: true,
        path: `${chips('initContainers', 1)}.ports[0]`,
      },
      {
        port: 8080,
        protocol: 'TCP',
        container: 'web',
        clash: true,
        path: `${chips('containers', 0)}.ports[0]`,
      },
      {
        port: 15001,
        protocol: 'TCP',
        container: 'web',
        clash: true,
        path: `${chips('containers', 0)}.ports[1]`,
      },
      {
        port: 8080,
        protocol: 'TCP',
        container: 'debug-tool',
        clash: true,
        path: `${chips('containers', 1)}.ports[0]`,
      },
      // Same number, other protocol: a separate socket.
      {
        port: 8080,
        protocol: 'UDP',
        container: 'debug-tool',
        clash: false,
        path: `${chips('containers', 1)}.ports[1]`,
      },
    ]);
  });

  it('marks the same port declared twice in one container', () => {
    const g = buildGraph(
      analysisOf(
        podModel({
          containers: [
            { name: 'a', ports: [80, 80] },
            { name: 'b', ports: [81] },
          ],
        }),
      ),
      0,
    );
    expect(namespace(g, 'network').ports?.map((c) => c.clash)).toEqual([true, true, false]);
  });
});

describe('buildGraph: findings on nodes', () => {
  const model = podModel({
    containers: [
      { name: 'web', ports: [8080], mounts: { data: '/data' } },
      { name: 'tool', ports: [8080], mounts: { data: '/data' } },
    ],
    volumes: { data: { emptyDir: {} } },
    hostNetwork: true,
  });
  const findings = [
    finding('port-clash', 'warning', {
      containers: ['web', 'tool'],
      ports: ['web:8080/TCP', 'tool:8080/TCP'],
    }),
    finding('shared-writable-volume', 'info', { volumes: ['data'], containers: ['web', 'tool'] }),
    finding('emptydir-no-size-limit', 'warning', { volumes: ['data'] }),
    finding('latest-tag', 'warning', { containers: ['tool'], suppressed: true }),
    finding('privileged-container', 'error', { containers: ['tool'], workload: 1 }),
    finding('host-network', 'warning', { namespaces: ['network'] }),
    finding('best-effort-pod', 'warning'),
    finding('unknown-field', 'error', {
      workload: undefined,
      path: 'spec.containers[1].imagePullPolic',
    }),
  ];
  const g = buildGraph(analysisOf(model, findings), 0);

  it('gives each node the highest unsuppressed severity of this workload and a count', () => {
    expect(node(g, 'container:web')).toMatchObject({ severity: 'warning', findings: 2 });
    // The suppressed latest-tag and the other workload's finding do not count; the schema error does.
    expect(node(g, 'container:tool')).toMatchObject({ severity: 'error', findings: 3 });
    expect(node(g, 'volume:data')).toMatchObject({ severity: 'warning', findings: 2 });
    expect(node(g, 'pod')).toMatchObject({ severity: 'warning', findings: 1 });
  });

  it('marks port chips and the network hub from the ports field', () => {
    const net = namespace(g, 'network');
    expect(net.ports?.map((c) => [c.container, c.clash, c.severity])).toEqual([
      ['web', true, 'warning'],
      ['tool', true, 'warning'],
    ]);
    expect(net).toMatchObject({ severity: 'warning', findings: 2 });
  });

  it('marks the host node with findings about host-scoped namespaces', () => {
    expect(node(g, 'host')).toMatchObject({ severity: 'warning', findings: 1 });
    expect(node(g, 'namespace:ipc').severity).toBeUndefined();
  });
});

describe('buildGraph: identity', () => {
  it('names the workload and keeps duplicate names apart', () => {
    const g = buildGraph(
      analysisOf(
        podModel({
          name: 'x',
          kind: 'Deployment',
          containers: [{ name: 'a' }, { name: 'a' }],
          volumes: { v: {}, w: {} },
        }),
      ),
      0,
    );
    expect(g.workload).toEqual({ document: 0, kind: 'Deployment', name: 'x' });
    expect(g.nodes.filter((n) => n.kind === 'container').map((n) => n.id)).toEqual([
      'container:a',
      'container:a#2',
    ]);
    const ids = [...g.nodes.map((n) => n.id), ...g.edges.map((e) => e.id)];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('rejects a workload index the result does not have', () => {
    expect(() => buildGraph(analysisOf(podModel({})), 3)).toThrow(RangeError);
  });
});
