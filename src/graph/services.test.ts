import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { buildGraph } from './build';
import { layoutGraph } from './layout';
import { toMermaid } from './mermaid';
import type { PodGraph, ServiceNode, TargetsEdge } from './types';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: shop
spec:
  selector:
    matchLabels: { app: shop }
  template:
    metadata:
      labels: { app: shop, tier: web }
    spec:
      containers:
        - name: app
          image: shop:1.4
          ports:
            - { name: http, containerPort: 8080 }
        - name: metrics
          image: exporter:2
          ports:
            - { name: metrics, containerPort: 9100 }
`;

function graphOf(...docs: string[]): PodGraph {
  const result = analyze(docs.join('---\n'));
  const index = result.workloads.findIndex((w) => w.ref.kind === 'Deployment');
  return buildGraph(result, index);
}

function service(name: string, selector: string, ports: string): string {
  return `apiVersion: v1
kind: Service
metadata:
  name: ${name}
spec:
  selector: ${selector}
  ports:
${ports}`;
}

const services = (g: PodGraph) => g.nodes.filter((n): n is ServiceNode => n.kind === 'service');
const targets = (g: PodGraph) => g.edges.filter((e): e is TargetsEdge => e.kind === 'targets');

describe('Services in the graph', () => {
  it('draws a Service that selects the pod at the container port its targetPort names', () => {
    const g = graphOf(
      DEPLOYMENT,
      service('shop', '{ app: shop }', '    - { port: 80, targetPort: http }\n'),
    );
    expect(services(g)).toEqual([
      expect.objectContaining({
        id: 'service:shop',
        name: 'shop',
        type: 'ClusterIP',
        selector: 'app=shop',
        document: 1,
        ports: [
          { port: 80, targetPort: 'http', protocol: 'TCP', container: 'app', containerPort: 8080 },
        ],
      }),
    ]);
    expect(targets(g)).toEqual([
      expect.objectContaining({
        source: 'service:shop',
        target: 'container:app',
        port: 80,
        targetPort: 'http',
        containerPort: 8080,
      }),
    ]);
  });

  it('resolves a numeric targetPort, and an unset one to the Service port', () => {
    const g = graphOf(
      DEPLOYMENT,
      service(
        'shop',
        '{ tier: web }',
        '    - { name: web, port: 80, targetPort: 8080 }\n    - { name: metrics, port: 9100 }\n',
      ),
    );
    expect(targets(g).map((e) => [e.target, e.port, e.containerPort])).toEqual([
      ['container:app', 80, 8080],
      ['container:metrics', 9100, 9100],
    ]);
  });

  it('sends a numeric targetPort no container declares to the pod network namespace', () => {
    const g = graphOf(
      DEPLOYMENT,
      service('shop', '{ app: shop }', '    - { port: 80, targetPort: 3000 }\n'),
    );
    expect(services(g)[0].ports[0]).toEqual({
      port: 80,
      targetPort: 3000,
      protocol: 'TCP',
      containerPort: 3000,
    });
    expect(targets(g).map((e) => e.target)).toEqual(['namespace:network']);
  });

  it('draws a targetPort name no container declares without an edge', () => {
    const g = graphOf(
      DEPLOYMENT,
      service('shop', '{ app: shop }', '    - { port: 80, targetPort: grpc }\n'),
    );
    expect(services(g)[0].ports[0].container).toBeUndefined();
    expect(targets(g)).toEqual([]);
  });

  it('does not draw a Service whose selector the pod labels do not match', () => {
    const g = graphOf(
      DEPLOYMENT,
      service('other', '{ app: other }', '    - { port: 80 }\n'),
      service('partly', '{ app: shop, tier: db }', '    - { port: 80 }\n'),
    );
    expect(services(g)).toEqual([]);
    expect(targets(g)).toEqual([]);
  });

  it('does not draw a Service without a selector, or an ExternalName one', () => {
    const g = graphOf(
      DEPLOYMENT,
      'apiVersion: v1\nkind: Service\nmetadata: { name: manual }\nspec:\n  ports: [{ port: 80 }]\n',
      'apiVersion: v1\nkind: Service\nmetadata: { name: alias }\nspec:\n  type: ExternalName\n  externalName: db.example.com\n  selector: { app: shop }\n',
    );
    expect(services(g)).toEqual([]);
  });

  it('finds Services inside a kind: List and keeps their type', () => {
    const list = `apiVersion: v1
kind: List
items:
  - apiVersion: v1
    kind: Service
    metadata: { name: shop-lb }
    spec:
      type: LoadBalancer
      selector: { app: shop }
      ports: [{ port: 443, targetPort: http }]
`;
    const g = graphOf(DEPLOYMENT, list);
    expect(services(g).map((s) => [s.name, s.type])).toEqual([['shop-lb', 'LoadBalancer']]);
  });

  it('lays Services out under the frame, below the containers they reach, and exports them', () => {
    const g = graphOf(
      DEPLOYMENT,
      service('shop', '{ app: shop }', '    - { port: 80, targetPort: http }\n'),
    );
    const layout = layoutGraph(g);
    const frame = layout.nodes.pod;
    const box = layout.nodes['service:shop'];
    expect(box.parentId).toBeUndefined();
    expect(box.y).toBeGreaterThan(frame.y + frame.height);
    expect(toMermaid(g)).toContain('Service shop (ClusterIP)');
    expect(toMermaid(g)).toContain('80 → 8080');
  });
});
