import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'extended-resource-per-container';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: train', 'spec:', ...spec);

describe(ID, () => {
  it('notes a GPU limit on the container that gets the device', () => {
    const text = pod(
      '  containers:',
      '    - name: trainer',
      '      image: pytorch:2.5',
      '      resources:',
      '        limits:',
      '          nvidia.com/gpu: 2',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'info',
      path: 'spec.containers[0].resources.limits[nvidia.com/gpu]',
      line: 11,
      column: 27,
      containers: ['trainer'],
    });
    expect(found[0].message).toContain('asks for 2 nvidia.com/gpu');
  });

  it('reports each extended resource once, at its limit, with the template path of a Deployment', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: infer}',
      'spec:',
      '  selector: {matchLabels: {app: infer}}',
      '  template:',
      '    metadata: {labels: {app: infer}}',
      '    spec:',
      '      containers:',
      '        - name: model',
      '          image: triton:24.10',
      '          resources:',
      '            requests: {example.com/fpga: 1}',
      '            limits: {example.com/fpga: 1, amd.com/gpu: 1}',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => [f.path, f.line, f.column])).toEqual([
      ['spec.template.spec.containers[0].resources.limits[example.com/fpga]', 14, 40],
      ['spec.template.spec.containers[0].resources.limits[amd.com/gpu]', 14, 56],
    ]);
  });

  it('reports a resource written only under requests at the request', () => {
    const text = pod(
      '  containers:',
      '    - name: nic',
      '      image: dpdk:23',
      '      resources:',
      '        requests: {intel.com/sriov: 1}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.containers[0].resources.requests[intel.com/sriov]',
      line: 10,
      column: 37,
    });
  });

  it('is silent for cpu, memory, ephemeral-storage and hugepages', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      resources:',
      '        limits: {cpu: "1", memory: 1Gi, ephemeral-storage: 1Gi, hugepages-2Mi: 128Mi}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });
});
