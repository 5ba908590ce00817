import { describe, expect, it } from 'vitest';
import { graphOf, SHOP } from './testGraph';
import { toFlow } from './toFlow';

describe('toFlow', () => {
  const { graph, layout } = graphOf(SHOP);
  const flow = toFlow(graph, layout);
  const node = (id: string) => flow.nodes.find((n) => n.id === id);
  const edge = (id: string) => flow.edges.find((e) => e.id === id);

  it('draws every graph node once, the pod frame before its children', () => {
    expect(flow.nodes.map((n) => n.id).sort()).toEqual(graph.nodes.map((n) => n.id).sort());
    expect(flow.nodes[0].id).toBe('pod');
  });

  it('orders the nodes as they read, which is the order Tab takes through their titles', () => {
    // The frame; inside it the network hub first, then the other hubs, the three app containers
    // in their lane; then what lies outside it, top to bottom and left to right.
    const ids = flow.nodes.map((n) => n.id);
    expect(ids.slice(0, 7)).toEqual([
      'pod',
      'namespace:network',
      'namespace:ipc',
      'namespace:uts',
      'container:app',
      'container:log-shipper',
      'container:prom-agent',
    ]);
    const outside = ids.slice(7);
    expect([...outside].sort()).toEqual([
      'object:ConfigMap/prom-config',
      'volume:config',
      'volume:shared-data',
    ]);
    const at = (id: string) => layout.nodes[id];
    for (let i = 1; i < outside.length; i++) {
      const [a, b] = [at(outside[i - 1]), at(outside[i])];
      expect(
        a.y < b.y || (a.y === b.y && a.x < b.x),
        `${outside[i - 1]} before ${outside[i]}`,
      ).toBe(true);
    }
  });

  it('names each node’s group after its card, and says what a node is in the page language', () => {
    expect(node('container:app')?.ariaLabel).toBe(
      'app, app container, image eclipse-temurin:21-jre, 1 port; 1 finding, worst: info',
    );
    expect(node('volume:config')?.ariaLabel).toBe('config, configMap volume');
    expect(node('container:app')?.ariaRole).toBe('group');
    expect(node('container:app')?.domAttributes).toEqual({ 'aria-roledescription': 'node' });
  });

  it('keeps the engine’s boxes: children relative to the frame and held inside it', () => {
    for (const n of flow.nodes) {
      const box = layout.nodes[n.id];
      expect(n.position).toEqual({ x: box.x, y: box.y });
      expect([n.width, n.height]).toEqual([box.width, box.height]);
      expect(n.measured).toEqual({ width: box.width, height: box.height });
      expect(n.parentId).toBe(box.parentId);
    }
    expect(node('container:app')?.extent).toBe('parent');
    expect(node('namespace:network')?.parentId).toBe('pod');
    expect(node('volume:shared-data')?.parentId).toBeUndefined();
    expect(node('object:ConfigMap/prom-config')?.parentId).toBeUndefined();
  });

  it('picks a component per kind, the network hub apart from the other hubs', () => {
    expect(node('pod')?.type).toBe('pod');
    expect(node('namespace:network')?.type).toBe('network');
    expect(node('namespace:ipc')?.type).toBe('hub');
    expect(node('namespace:uts')?.type).toBe('hub');
    expect(node('volume:config')?.type).toBe('volume');
    expect(node('object:ConfigMap/prom-config')?.type).toBe('object');
  });

  it('gives each container card its mounts and the frame its lanes and header height', () => {
    const shipper = node('container:log-shipper');
    expect(shipper?.type === 'container' && shipper.data.mounts).toEqual([
      { mountPath: '/logs', volume: 'shared-data', readOnly: true },
    ]);
    const pod = node('pod');
    expect(pod?.type === 'pod' && pod.data.header).toBe(layout.frameHeader);
    expect(pod?.type === 'pod' && pod.data.lanes.map((l) => l.role)).toEqual(['app']);
  });

  it('runs mounts from the card’s bottom to the volume’s top, and marks the shared volume’s', () => {
    const app = edge('mount:app:shared-data:0');
    expect([app?.sourceHandle, app?.targetHandle]).toEqual(['b', 't']);
    expect(app?.data?.shared).toBe(true);
    expect(edge('mount:prom-agent:config:0')?.data?.shared).toBe(false);
    expect(app?.ariaLabel).toBe('app mounts shared-data at /data, read-write');
    // The ConfigMap lies beside its volume or under it, and the edge leaves and enters by those sides.
    expect(edge('reference:config:ConfigMap/prom-config')?.targetHandle).toBe(
      layout.objects === 'beside' ? 'l' : 't',
    );
  });

  it('puts the labels of a shared volume’s mounts near their containers', () => {
    // Two edges meet at shared-data: mid-edge their labels would touch.
    expect(edge('mount:app:shared-data:0')?.data?.labelAt).toBeLessThan(0.5);
    expect(edge('mount:log-shipper:shared-data:0')?.data?.labelAt).toBeLessThan(0.5);
    expect(edge('mount:prom-agent:config:0')?.data?.labelAt).toBe(0.5);
  });

  it('hides membership lines until something asks for them', () => {
    const members = flow.edges.filter((e) => e.data?.edge.kind === 'member');
    expect(members).toHaveLength(9);
    expect(members.every((e) => e.hidden === true)).toBe(true);
    expect(members.every((e) => e.sourceHandle === 't' && e.targetHandle === 'b')).toBe(true);
  });

  it('draws init order left to right with an arrow, and host links into the node', () => {
    const { graph: g, layout: l } = graphOf(`apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  hostPID: true
  initContainers:
    - { name: one, image: busybox:1.36 }
    - { name: two, image: busybox:1.36 }
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts: [{ name: logs, mountPath: /var/log/nginx }]
  volumes:
    - { name: logs, hostPath: { path: /var/log } }
`);
    const f = toFlow(g, { ...l, host: 'left' });
    const order = f.edges.filter((e) => e.data?.edge.kind === 'order');
    expect(order.map((e) => `${e.source}>${e.target}`)).toEqual([
      'container:one>container:two',
      'container:two>container:app',
    ]);
    expect(order.every((e) => e.sourceHandle === 'r' && e.targetHandle === 'l')).toBe(true);
    expect(order[0].markerEnd).toMatchObject({ type: 'arrowclosed' });
    const host = f.edges.filter((e) => e.target === 'host');
    expect(host.map((e) => [e.source, e.sourceHandle, e.targetHandle])).toEqual([
      ['namespace:pid', 'l', 'r'],
      ['volume:logs', 'l', 'b'],
    ]);
    // Under the frame, the host leads the volumes' row: hubs reach down to it, volumes left.
    const below = toFlow(g, { ...l, host: 'below' }).edges.filter((e) => e.target === 'host');
    expect(below.map((e) => [e.source, e.sourceHandle, e.targetHandle])).toEqual([
      ['namespace:pid', 'l', 't'],
      ['volume:logs', 'l', 'r'],
    ]);
  });

  it('draws the injected service-account token volume quietly, after the volumes that matter', () => {
    const { graph: g, layout: l } = graphOf(`apiVersion: v1
kind: Pod
metadata: { name: p }
spec:
  containers:
    - name: app
      image: nginx:1.27
      volumeMounts:
        - { name: kube-api-access-x7k2p, mountPath: /var/run/secrets/kubernetes.io/serviceaccount, readOnly: true }
        - { name: data, mountPath: /data }
    - name: sidecar
      image: busybox:1.36
      volumeMounts: [{ name: data, mountPath: /data }]
  volumes:
    - name: kube-api-access-x7k2p
      projected: { sources: [{ serviceAccountToken: { path: token } }] }
    - { name: data, emptyDir: {} }
`);
    const f = toFlow(g, l);
    const token = f.nodes.find((n) => n.id === 'volume:kube-api-access-x7k2p');
    const data = f.nodes.find((n) => n.id === 'volume:data');
    expect(token?.type === 'volume' && token.data.quiet).toBe(true);
    expect(data?.type === 'volume' && data.data.quiet).toBeUndefined();
    expect(f.edges.find((e) => e.target === token?.id)?.data?.quiet).toBe(true);
    expect(f.edges.filter((e) => e.target === data?.id).every((e) => !e.data?.quiet)).toBe(true);
    expect(l.nodes['volume:kube-api-access-x7k2p'].x).toBeGreaterThan(l.nodes['volume:data'].x);
  });
});
