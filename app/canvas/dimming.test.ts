import { describe, expect, it } from 'vitest';
import { sharedWith } from './dimming';
import { graphOf, SHOP } from './testGraph';

const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('sharedWith', () => {
  const { graph } = graphOf(SHOP);

  it('keeps the hovered container, its volumes, the containers sharing them and its namespaces', () => {
    const bright = sharedWith(graph, 'container:app');
    expect(sorted(bright.nodes)).toEqual([
      'container:app',
      'container:log-shipper',
      'namespace:ipc',
      'namespace:network',
      'namespace:uts',
      'pod',
      'volume:shared-data',
    ]);
  });

  it('keeps both mounts of the shared volume and only the hovered container’s memberships', () => {
    const bright = sharedWith(graph, 'container:app');
    const edges = graph.edges.filter((e) => bright.edges.has(e.id));
    expect(edges.filter((e) => e.kind === 'mount').map((e) => `${e.source}>${e.target}`)).toEqual([
      'container:app>volume:shared-data',
      'container:log-shipper>volume:shared-data',
    ]);
    expect(
      edges.filter((e) => e.kind === 'member').every((e) => e.source === 'container:app'),
    ).toBe(true);
    expect(edges.filter((e) => e.kind === 'member')).toHaveLength(3);
  });

  it('follows a configMap volume to the ConfigMap document, and shares nothing with the others', () => {
    const bright = sharedWith(graph, 'container:prom-agent');
    expect(bright.nodes.has('volume:config')).toBe(true);
    expect(bright.nodes.has('object:ConfigMap/prom-config')).toBe(true);
    expect(bright.nodes.has('container:app')).toBe(false);
    expect(bright.nodes.has('volume:shared-data')).toBe(false);
    expect(bright.edges.has('reference:config:ConfigMap/prom-config')).toBe(true);
  });

  it('keeps the node when the container mounts a hostPath, and the host namespaces when shared', () => {
    const { graph: g } = graphOf(`apiVersion: v1
kind: Pod
metadata: { name: agent }
spec:
  hostNetwork: true
  containers:
    - name: collector
      image: fluent/fluent-bit:3.0
      volumeMounts: [{ name: varlog, mountPath: /var/log }]
    - name: idle
      image: busybox:1.36
  volumes:
    - name: varlog
      hostPath: { path: /var/log }
`);
    const bright = sharedWith(g, 'container:collector');
    expect(bright.nodes.has('host')).toBe(true);
    expect(bright.nodes.has('volume:varlog')).toBe(true);
    expect(bright.nodes.has('container:idle')).toBe(false);
    const idle = sharedWith(g, 'container:idle');
    // hostNetwork puts every container on the node's network: the node stays bright through it.
    expect(idle.nodes.has('host')).toBe(true);
    expect(idle.nodes.has('volume:varlog')).toBe(false);
    expect(idle.edges.has('uses-host:volume:varlog')).toBe(false);
  });
});
