import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const QUANTITY_REGEX_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";

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

describe('invalid-quantity', () => {
  it('reports a byte unit (1KB) with the API server message and a suggestion', () => {
    const text = pod('      resources:', '        limits:', '          memory: 512MB');
    const [f, ...rest] = findingsOf(text, 'invalid-quantity');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'invalid-quantity',
      severity: 'error',
      path: 'spec.containers[0].resources.limits[memory]',
      line: 10,
      column: 19,
      containers: ['app'],
    });
    expect(f.message).toContain(QUANTITY_REGEX_ERROR);
    expect(f.message).toContain('did you mean "512Mi"?');
  });

  it('reports a space, a lower-case binary suffix and 1.2.3, each with the right message', () => {
    const text = pod(
      '      resources:',
      '        requests: {memory: "1 Gi", cpu: 1.2.3}',
      '        limits: {memory: 500mi}',
    );
    const found = findingsOf(text, 'invalid-quantity').map((f) => [
      f.path,
      f.params.detail,
      f.params.suggestion ?? null,
    ]);
    expect(found).toEqual([
      ['spec.containers[0].resources.requests[memory]', QUANTITY_REGEX_ERROR, '1Gi'],
      ['spec.containers[0].resources.requests[cpu]', QUANTITY_REGEX_ERROR, null],
      ['spec.containers[0].resources.limits[memory]', "unable to parse quantity's suffix", '500Mi'],
    ]);
  });

  it('reports a negative request, a negative sizeLimit and half a GPU in a Deployment', () => {
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
      '            requests: {cpu: -100m}',
      '            limits: {nvidia.com/gpu: 0.5}',
      '      volumes: [{name: scratch, emptyDir: {sizeLimit: -1Gi}}]',
    );
    const found = findingsOf(text, 'invalid-quantity').map((f) => [f.path, f.line, f.messageId]);
    expect(found).toEqual([
      ['spec.template.spec.containers[0].resources.requests[cpu]', 13, 'invalid-quantity.negative'],
      [
        'spec.template.spec.containers[0].resources.limits[nvidia.com/gpu]',
        14,
        'invalid-quantity.notInteger',
      ],
      ['spec.template.spec.volumes[0].emptyDir.sizeLimit', 15, 'invalid-quantity.sizeLimit'],
    ]);
  });

  it('checks overhead and StatefulSet claim template sizes too', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata: {name: db}',
      'spec:',
      '  serviceName: db',
      '  selector: {matchLabels: {app: db}}',
      '  template:',
      '    metadata: {labels: {app: db}}',
      '    spec:',
      '      overhead: {cpu: 250 m}',
      '      containers: [{name: db, image: postgres:16}]',
      '  volumeClaimTemplates:',
      '    - metadata: {name: data}',
      '      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10GB}}}',
    );
    const found = findingsOf(text, 'invalid-quantity').map((f) => f.path);
    expect(found).toEqual([
      'spec.template.spec.overhead[cpu]',
      'spec.volumeClaimTemplates[0].spec.resources.requests[storage]',
    ]);
  });

  it('accepts the valid forms: plain numbers, m, decimal and binary suffixes, exponents', () => {
    const text = pod(
      '      resources:',
      '        requests: {cpu: 0.5, memory: 1e3, ephemeral-storage: 1G, hugepages-2Mi: 100Mi}',
      '        limits: {cpu: 500m, memory: 1.5Gi, nvidia.com/gpu: 2, example.com/foo: "1"}',
    );
    expect(findingsOf(text, 'invalid-quantity')).toEqual([]);
  });
});
