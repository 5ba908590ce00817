import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const pod = (...containerLines: string[]): string =>
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: web}',
    'spec:',
    '  containers:',
    '    - name: app',
    '      image: nginx',
    ...containerLines,
  );

describe('request-exceeds-limit', () => {
  it('reports a CPU request above its limit, with the limit in canonical form', () => {
    const text = pod(
      '      resources:',
      '        requests:',
      '          cpu: "1"',
      '        limits:',
      '          cpu: 0.5',
    );
    const [f, ...rest] = findingsOf(text, 'request-exceeds-limit');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'request-exceeds-limit',
      severity: 'error',
      path: 'spec.containers[0].resources.requests[cpu]',
      line: 10,
      column: 16,
      containers: ['app'],
    });
    expect(f.message).toContain('must be less than or equal to cpu limit of 500m');
  });

  it('compares across suffixes exactly: 1Gi of memory is more than 1000Mi', () => {
    const text = pod('      resources: {requests: {memory: 1Gi}, limits: {memory: 1000Mi}}');
    expect(findingsOf(text, 'request-exceeds-limit')).toHaveLength(1);
  });

  it('requires request = limit for extended resources and hugepages (Deployment)', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: train}',
      'spec:',
      '  selector: {matchLabels: {app: train}}',
      '  template:',
      '    metadata: {labels: {app: train}}',
      '    spec:',
      '      containers:',
      '        - name: train',
      '          image: trainer:1',
      '          resources:',
      '            requests: {nvidia.com/gpu: 1, hugepages-2Mi: 64Mi, memory: 1Gi}',
      '            limits: {nvidia.com/gpu: 2, hugepages-2Mi: 128Mi, memory: 1Gi}',
    );
    const found = findingsOf(text, 'request-exceeds-limit').map((f) => [f.path, f.messageId]);
    expect(found).toEqual([
      [
        'spec.template.spec.containers[0].resources.requests[nvidia.com/gpu]',
        'request-exceeds-limit.notEqual',
      ],
      [
        'spec.template.spec.containers[0].resources.requests[hugepages-2Mi]',
        'request-exceeds-limit.notEqual',
      ],
    ]);
  });

  it('checks pod-level resources (spec.resources) the same way', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  resources: {requests: {memory: 2Gi}, limits: {memory: 1Gi}}',
      '  containers: [{name: app, image: nginx}]',
    );
    const [f] = findingsOf(text, 'request-exceeds-limit');
    expect(f).toMatchObject({
      path: 'spec.resources.requests[memory]',
      line: 5,
      column: 34,
      messageId: 'request-exceeds-limit.pod',
    });
    expect(f.message).toContain('must be less than or equal to memory limit of 1Gi');
  });

  it('is silent for equal values in other units, requests below limits, and unparsable values', () => {
    const text = pod(
      '      resources:',
      '        requests: {cpu: 500m, memory: 1024Mi, ephemeral-storage: 1Gi, example.com/dev: 1}',
      '        limits: {cpu: 0.5, memory: 1Gi, ephemeral-storage: 2Gi, example.com/dev: "1"}',
      '    - name: other',
      '      image: nginx',
      '      resources: {requests: {cpu: 2 cores}, limits: {cpu: 1}}',
    );
    expect(findingsOf(text, 'request-exceeds-limit')).toEqual([]);
  });
});
