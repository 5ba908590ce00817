import { describe, expect, it } from 'vitest';
import { podQosClass, type QosContainer } from './qos';

const c = (
  requests: Record<string, unknown> = {},
  limits: Record<string, unknown> = {},
): QosContainer => ({
  requests,
  limits,
});

describe('podQosClass: the Kubernetes docs examples (Configure Quality of Service for Pods)', () => {
  it('qos-demo: cpu and memory requests equal to limits → Guaranteed', () => {
    const ctr = c({ memory: '200Mi', cpu: '700m' }, { memory: '200Mi', cpu: '700m' });
    expect(podQosClass([ctr])).toBe('Guaranteed');
  });

  it('qos-demo-2: memory request below its limit → Burstable', () => {
    expect(podQosClass([c({ memory: '100Mi' }, { memory: '200Mi' })])).toBe('Burstable');
  });

  it('qos-demo-3: no requests or limits → BestEffort', () => {
    expect(podQosClass([c()])).toBe('BestEffort');
  });

  it('qos-demo-4: one container with a memory request, one with nothing → Burstable', () => {
    expect(podQosClass([c({ memory: '200Mi' }), c()])).toBe('Burstable');
  });

  it('limits only: the requests default to the limits → Guaranteed', () => {
    expect(podQosClass([c({}, { cpu: '1', memory: '1Gi' })])).toBe('Guaranteed');
  });
});

describe('podQosClass: Kubernetes rules', () => {
  it('compares exact values, not spellings (0.7 = 700m, 1Gi = 1024Mi)', () => {
    const ctr = c({ cpu: 0.7, memory: '1024Mi' }, { cpu: '700m', memory: '1Gi' });
    expect(podQosClass([ctr])).toBe('Guaranteed');
  });

  it('only a cpu limit is not enough for Guaranteed', () => {
    expect(podQosClass([c({ cpu: '1' }, { cpu: '1' })])).toBe('Burstable');
  });

  it('every container must limit cpu and memory, even when the sums would match', () => {
    const full = c({ cpu: '1', memory: '1Gi' }, { cpu: '1', memory: '1Gi' });
    const cpuOnly = c({ cpu: '1' }, { cpu: '1' });
    expect(podQosClass([full, cpuOnly])).toBe('Burstable');
  });

  it('counts init containers: one without limits makes a Guaranteed app Burstable', () => {
    const app = c({ cpu: '500m', memory: '128Mi' }, { cpu: '500m', memory: '128Mi' });
    const init = c({ cpu: '100m' });
    expect(podQosClass([app, init])).toBe('Burstable');
  });

  it('init and sidecar containers with equal requests and limits keep the pod Guaranteed', () => {
    const app = c({}, { cpu: '500m', memory: '128Mi' });
    const init = c({ cpu: '2', memory: '1Gi' }, { cpu: '2', memory: '1Gi' });
    const sidecar = c({}, { cpu: '100m', memory: '64Mi' });
    expect(podQosClass([app, init, sidecar])).toBe('Guaranteed');
  });

  it('ignores resources other than cpu and memory', () => {
    expect(podQosClass([c({}, { 'nvidia.com/gpu': 1 })])).toBe('BestEffort');
    expect(podQosClass([c({ 'ephemeral-storage': '1Gi' })])).toBe('BestEffort');
    const ctr = c(
      { cpu: '1', memory: '1Gi', 'ephemeral-storage': '1Gi' },
      { cpu: '1', memory: '1Gi' },
    );
    expect(podQosClass([ctr])).toBe('Guaranteed');
  });

  it('ignores zero quantities: explicit zero requests stay BestEffort', () => {
    expect(podQosClass([c({ cpu: '0', memory: 0 })])).toBe('BestEffort');
  });

  it('an explicit zero request is not replaced by the limit', () => {
    // The request key exists, so defaulting leaves it; requests {memory} ≠ limits {cpu, memory}.
    const ctr = c({ cpu: '0', memory: '1Gi' }, { cpu: '1', memory: '1Gi' });
    expect(podQosClass([ctr])).toBe('Burstable');
  });

  it('ignores invalid quantities', () => {
    expect(podQosClass([c({ cpu: '1KB', memory: '500mi' })])).toBe('BestEffort');
    const ctr = c(
      { cpu: '1', memory: '1Gi', bogus: 'x' },
      { cpu: '1', memory: '1Gi', other: '1 Gi' },
    );
    expect(podQosClass([ctr])).toBe('Guaranteed');
  });

  it('a request above the limit is Burstable', () => {
    expect(podQosClass([c({ cpu: '2', memory: '1Gi' }, { cpu: '1', memory: '1Gi' })])).toBe(
      'Burstable',
    );
  });

  it('a pod with no containers is BestEffort', () => {
    expect(podQosClass([])).toBe('BestEffort');
  });
});
