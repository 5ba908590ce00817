import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { workloadOptionLabel } from './workloads';

describe('workloadOptionLabel', () => {
  it('names each workload by kind, name and 1-based document number', () => {
    const result = analyze(
      [
        'apiVersion: v1',
        'kind: ConfigMap',
        'metadata: { name: cfg }',
        '---',
        'apiVersion: v1',
        'kind: Pod',
        'metadata: { name: one }',
        'spec: { containers: [{ name: a, image: nginx:1.27 }] }',
        '---',
        'apiVersion: batch/v1',
        'kind: CronJob',
        'metadata: { name: nightly }',
        'spec:',
        '  schedule: "0 1 * * *"',
        '  jobTemplate:',
        '    spec:',
        '      template:',
        '        spec:',
        '          restartPolicy: OnFailure',
        '          containers: [{ name: b, image: busybox:1.36 }]',
      ].join('\n'),
    );
    expect(result.workloads.map(workloadOptionLabel)).toEqual([
      'Pod one · doc 2',
      'CronJob nightly · doc 3',
    ]);
  });

  it('adds the template label of a custom resource’s pod template', () => {
    const result = analyze(
      [
        'apiVersion: ray.io/v1',
        'kind: RayCluster',
        'metadata: { name: ray }',
        'spec:',
        '  headGroupSpec:',
        '    template:',
        '      spec: { containers: [{ name: head, image: rayproject/ray:2.9.0 }] }',
        '  workerGroupSpecs:',
        '    - groupName: small',
        '      template:',
        '        spec: { containers: [{ name: worker, image: rayproject/ray:2.9.0 }] }',
      ].join('\n'),
    );
    const labels = result.workloads.map(workloadOptionLabel);
    expect(labels).toHaveLength(2);
    expect(labels[0]).toMatch(/^RayCluster ray \(.*headGroupSpec.*\) · doc 1$/);
    expect(labels[1]).toMatch(/^RayCluster ray \(.*workerGroupSpecs.*\) · doc 1$/);
  });
});
