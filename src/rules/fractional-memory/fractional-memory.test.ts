import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'fractional-memory';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('reports memory in milli units, once (the Pod request copied from the limit is not repeated)', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      resources:',
      '        limits:',
      '          memory: 512m',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.containers[0].resources.limits[memory]',
      line: 11,
      column: 19,
      containers: ['app'],
    });
    // 512m = 512/1000 of a byte; Quantity.Value() rounds up to 1.
    expect(found[0].message).toContain('is 512m, i.e. 0.512 bytes');
    expect(found[0].message).toContain('whole number of bytes (1)');
    expect(found[0].message).toContain('did you mean 512Mi?');
  });

  it('covers requests, ephemeral-storage and decimal fractions', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      resources:',
      '        requests: {memory: 1.5, ephemeral-storage: 2500m}',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => [f.path, f.column])).toEqual([
      ['spec.containers[0].resources.requests[memory]', 28],
      ['spec.containers[0].resources.requests[ephemeral-storage]', 52],
    ]);
    expect(found[0].message).toContain('1.5 bytes');
    expect(found[0].message).toContain('whole number of bytes (2)');
    expect(found[0].message).not.toContain('did you mean');
    expect(found[1].message).toContain('2.5 bytes');
    expect(found[1].message).toContain('did you mean 2500Mi?');
  });

  it('is silent for whole bytes, however they are written, and for cpu in milli units', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      resources:',
      '        requests: {cpu: 250m, memory: 0.5Gi, ephemeral-storage: 1e3}',
      '        limits: {cpu: 500m, memory: 1000000000m}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });

  it('checks the pod overhead and uses the template path of a Deployment', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      overhead: {memory: 120m}',
      '      containers:',
      '        - name: app',
      '          image: app:2',
      '          resources: {requests: {memory: 256m}}',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => [f.path, f.line, f.column])).toEqual([
      ['spec.template.spec.overhead[memory]', 9, 26],
      ['spec.template.spec.containers[0].resources.requests[memory]', 13, 42],
    ]);
    expect(found[0].message).toContain('overhead.memory is 120m');
  });
});
