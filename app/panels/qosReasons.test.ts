import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { qosReasons } from './qosReasons';

// A Deployment, so limits do not default into requests in the model: the helper must do it.
function workload(containers: string[]) {
  const text = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata: { name: web }',
    'spec:',
    '  selector: { matchLabels: { app: web } }',
    '  template:',
    '    metadata: { labels: { app: web } }',
    '    spec:',
    '      containers:',
    ...containers.map((c) => `        - ${c}`),
  ].join('\n');
  const w = analyze(text).workloads[0];
  return { qos: w.qosClass, reasons: qosReasons(w.qosClass, w.model.containers) };
}

describe('qosReasons', () => {
  it('explains BestEffort: nothing requested or limited', () => {
    const { qos, reasons } = workload(['{ name: app, image: nginx:1.27 }']);
    expect(qos).toBe('BestEffort');
    expect(reasons).toEqual(['No container requests or limits CPU or memory.']);
  });

  it('treats limits without requests as Guaranteed, as the API server copies them', () => {
    const { qos, reasons } = workload([
      '{ name: app, image: nginx:1.27, resources: { limits: { cpu: 500m, memory: 256Mi } } }',
    ]);
    expect(qos).toBe('Guaranteed');
    expect(reasons).toEqual([
      'Every container limits CPU and memory, and its requests equal its limits.',
    ]);
  });

  it('names the container without a memory limit and the request below its limit', () => {
    const { qos, reasons } = workload([
      '{ name: app, image: nginx:1.27, resources: { requests: { cpu: 250m, memory: 1Gi }, limits: { cpu: "1", memory: 1Gi } } }',
      '{ name: agent, image: busybox:1.36, resources: { limits: { cpu: 100m } } }',
    ]);
    expect(qos).toBe('Burstable');
    expect(reasons).toEqual([
      'app requests 250m of cpu but limits it to 1',
      'agent sets no memory limit',
    ]);
  });

  it('compares quantities by value: 1 CPU and 1000m are the same', () => {
    const { qos } = workload([
      '{ name: app, image: nginx:1.27, resources: { requests: { cpu: 1000m, memory: 1Gi }, limits: { cpu: "1", memory: 1024Mi } } }',
    ]);
    expect(qos).toBe('Guaranteed');
  });

  it('shortens a long list of reasons', () => {
    const names = ['a', 'b', 'c'].map(
      (n) => `{ name: ${n}, image: busybox:1.36, resources: { requests: { cpu: 10m } } }`,
    );
    const { qos, reasons } = workload(names);
    expect(qos).toBe('Burstable');
    // Three containers without cpu and memory limits: six reasons, four shown.
    expect(reasons).toHaveLength(5);
    expect(reasons[4]).toBe('and 2 more');
  });
});
