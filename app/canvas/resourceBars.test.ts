import { describe, expect, it } from 'vitest';
import type { ContainerNode, PodNode } from '../../src/graph/types';
import { amount, resourceBar, resourceScale } from './resourceBars';
import { graphOf, SHOP } from './testGraph';

const GI = 1024 ** 3;
const MI = 1024 ** 2;

function parts(yaml: string) {
  const { graph } = graphOf(yaml);
  const pod = graph.nodes.find((n): n is PodNode => n.kind === 'pod');
  const containers = graph.nodes.filter((n): n is ContainerNode => n.kind === 'container');
  const byName = (name: string) => containers.find((c) => c.name === name) as ContainerNode;
  return { pod, containers, byName };
}

describe('amount', () => {
  it('reads Kubernetes quantities as plain numbers', () => {
    expect(amount('100m')).toBeCloseTo(0.1);
    expect(amount('1.5')).toBe(1.5);
    expect(amount('1Gi')).toBe(GI);
    expect(amount('500M')).toBe(500_000_000);
    expect(amount('1e3')).toBe(1000);
  });

  it('gives nothing for missing, malformed or negative quantities', () => {
    expect(amount(undefined)).toBeUndefined();
    expect(amount('lots')).toBeUndefined();
    expect(amount('-1')).toBeUndefined();
  });
});

describe('resourceScale and resourceBar', () => {
  it('measures every card against the pod totals', () => {
    const { pod, containers, byName } = parts(SHOP);
    // Pod requests: 500m + 50m CPU, 512Mi + 32Mi. Pod limits sum the limits that are set
    // (1 + 100m CPU, 1Gi + 64Mi); the agent sets none, which leaves the pod unbounded, but
    // the sum is still the largest value any card holds.
    expect(pod?.unboundedLimits).toEqual(['cpu', 'memory']);
    const scale = resourceScale(pod, containers);
    expect(scale.cpu).toBeCloseTo(1.1);
    expect(scale.memory).toBe(1088 * MI);

    const app = resourceBar(byName('app'), 'cpu', scale);
    expect(app.request).toBe('500m');
    expect(app.limit).toBe('1');
    expect(app.requestFraction).toBeCloseTo(0.5 / 1.1);
    expect(app.limitFraction).toBeCloseTo(1 / 1.1);
    const shipper = resourceBar(byName('log-shipper'), 'memory', scale);
    expect(shipper.requestFraction).toBeCloseTo(32 / 1088);
    expect(shipper.limitFraction).toBeCloseTo(64 / 1088);
  });

  it('draws no bar for a container without requests or limits', () => {
    const { pod, containers, byName } = parts(SHOP);
    const agent = resourceBar(byName('prom-agent'), 'memory', resourceScale(pod, containers));
    expect(agent).toEqual({ resource: 'memory' });
  });

  it('uses the pod’s effective request when an init container dominates it', () => {
    // Effective pod request = max(sum of app containers, largest init container) = 2 CPU.
    const { pod, containers, byName } = parts(`apiVersion: v1
kind: Pod
metadata: { name: migrate }
spec:
  initContainers:
    - name: migrate
      image: flyway/flyway:10
      resources: { requests: { cpu: "2" } }
  containers:
    - name: web
      image: nginx:1.27
      resources: { requests: { cpu: 250m } }
`);
    expect(pod?.requests.cpu).toBe('2');
    const scale = resourceScale(pod, containers);
    expect(scale.cpu).toBe(2);
    expect(resourceBar(byName('web'), 'cpu', scale).requestFraction).toBeCloseTo(0.125);
    expect(scale.memory).toBeUndefined();
  });

  it('shows a Pod’s limit-only container with the request Kubernetes defaults from it', () => {
    const { pod, containers, byName } = parts(`apiVersion: v1
kind: Pod
metadata: { name: fixed }
spec:
  containers:
    - name: app
      image: nginx:1.27
      resources: { limits: { cpu: 500m, memory: 256Mi } }
`);
    const bar = resourceBar(byName('app'), 'memory', resourceScale(pod, containers));
    expect(bar.request).toBe('256Mi');
    expect(bar.requestFraction).toBe(1);
    expect(bar.limitFraction).toBe(1);
  });
});
