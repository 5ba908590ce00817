import { describe, expect, it } from 'vitest';
import { parseQuantity, type Quantity } from './quantity';
import { effectivePodResources, type ResourceContainer } from './resources';

function q(text: string): Quantity {
  const r = parseQuantity(text);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

const ctr = (
  role: ResourceContainer['role'],
  requests: Record<string, unknown> = {},
  limits: Record<string, unknown> = {},
): ResourceContainer => ({ role, requests, limits });

describe('effectivePodResources', () => {
  it('the docs example (pods/multi-container/resources.yaml): init, native sidecar, app', () => {
    const result = effectivePodResources([
      ctr('init', { cpu: '200m', memory: '64Mi' }, { memory: '64Mi' }),
      ctr('sidecar', { cpu: '50m', memory: '64Mi' }, { memory: '64Mi' }),
      ctr('app', { cpu: '300m', memory: '128Mi' }, { memory: '128Mi' }),
    ]);
    // Running: 300m + 50m CPU, 128Mi + 64Mi memory; the init phase peaks at 200m / 64Mi.
    expect(result.requests).toEqual({ cpu: q('350m'), memory: q('192Mi') });
    expect(result.limits).toEqual({ memory: q('192Mi') });
    expect(result.unboundedLimits).toEqual(['cpu']);
  });

  it('regular init containers: the largest one wins over a smaller app sum', () => {
    const result = effectivePodResources([
      ctr('init', { cpu: '1', memory: '2Gi' }),
      ctr('init', { cpu: '2', memory: '4Gi' }),
      ctr('app', { cpu: '500m', memory: '1Gi' }),
      ctr('app', { cpu: '200m', memory: '512Mi' }),
    ]);
    expect(result.requests).toEqual({ cpu: q('2'), memory: q('4Gi') });
  });

  it('an init container also needs room for the sidecars declared before it', () => {
    const containers = [
      ctr('sidecar', { cpu: '100m' }),
      ctr('init', { cpu: '1' }),
      ctr('sidecar', { cpu: '200m' }),
      ctr('init', { cpu: '500m' }),
      ctr('app', { cpu: '300m' }),
    ];
    // Running: 100m + 200m + 300m = 600m. Init phase: 1 + 100m = 1.1; 500m + 300m = 800m.
    expect(effectivePodResources(containers).requests).toEqual({ cpu: q('1.1') });
    const heavierLast = containers.map((c, i) => (i === 3 ? ctr('init', { cpu: '900m' }) : c));
    // 900m + 100m + 200m = 1.2 now beats 1.1.
    expect(effectivePodResources(heavierLast).requests).toEqual({ cpu: q('1.2') });
  });

  it('sidecars declared after an init container do not add to it', () => {
    const result = effectivePodResources([
      ctr('init', { memory: '1Gi' }),
      ctr('sidecar', { memory: '256Mi' }),
      ctr('app', { memory: '512Mi' }),
    ]);
    // max(256Mi + 512Mi, 1Gi) = 1Gi; had the sidecar come first it would be 1280Mi.
    expect(result.requests).toEqual({ memory: q('1Gi') });
  });

  it('a limit without a request counts as the request', () => {
    const result = effectivePodResources([
      ctr('app', {}, { cpu: '1', memory: '1Gi' }),
      ctr('app', { cpu: '250m' }),
    ]);
    expect(result.requests).toEqual({ cpu: q('1.25'), memory: q('1Gi') });
    expect(result.limits).toEqual({ cpu: q('1'), memory: q('1Gi') });
    expect(result.unboundedLimits).toEqual(['cpu', 'memory']);
  });

  it('adds overhead to requests, and to limits only where a non-zero limit exists', () => {
    const result = effectivePodResources(
      [ctr('app', { cpu: '1', memory: '1Gi' }, { memory: '2Gi', 'ephemeral-storage': '0' })],
      { cpu: '250m', memory: '120Mi', 'ephemeral-storage': '1Gi' },
    );
    expect(result.requests).toEqual({
      cpu: q('1.25'),
      memory: q('1144Mi'),
      'ephemeral-storage': q('1Gi'),
    });
    expect(result.limits).toEqual({ memory: q('2168Mi'), 'ephemeral-storage': q('0') });
  });

  it('ignores ephemeral containers, invalid and negative quantities', () => {
    const result = effectivePodResources([
      ctr(
        'app',
        { cpu: '100m', memory: '1 Gi', 'example.com/dongle': '-1' },
        { cpu: '1', memory: '1Gi' },
      ),
      ctr('ephemeral', { cpu: '8' }),
    ]);
    expect(result.requests).toEqual({ cpu: q('100m') });
    expect(result.unboundedLimits).toEqual([]);
  });

  it('a missing or zero limit in any init, sidecar or app container leaves the pod unbounded', () => {
    const both = { cpu: '1', memory: '1Gi' };
    expect(
      effectivePodResources([ctr('app', both, both), ctr('init', both, { cpu: '1' })])
        .unboundedLimits,
    ).toEqual(['memory']);
    expect(
      effectivePodResources([
        ctr('app', both, both),
        ctr('sidecar', both, { cpu: '0', memory: '1Gi' }),
      ]).unboundedLimits,
    ).toEqual(['cpu']);
    expect(
      effectivePodResources([ctr('app', both, both), ctr('ephemeral')]).unboundedLimits,
    ).toEqual([]);
  });

  it('lists cpu, memory and ephemeral-storage first, then the rest by name', () => {
    const result = effectivePodResources([
      ctr('app', {
        'nvidia.com/gpu': 1,
        'hugepages-2Mi': '4Mi',
        'ephemeral-storage': '1Gi',
        memory: '1Gi',
        cpu: 1,
      }),
    ]);
    expect(Object.keys(result.requests)).toEqual([
      'cpu',
      'memory',
      'ephemeral-storage',
      'hugepages-2Mi',
      'nvidia.com/gpu',
    ]);
  });
});
