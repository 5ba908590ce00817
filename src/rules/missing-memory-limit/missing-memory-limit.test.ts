import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'missing-memory-limit';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('reports a container without a memory limit, at limits[memory]', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      resources:',
      '        requests: {cpu: 100m, memory: 128Mi}',
      '        limits:',
      '          cpu: 500m',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.containers[0].resources.limits[memory]',
      line: 11,
      column: 9,
      containers: ['app'],
    });
  });

  it('does not take a memory request for a limit', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      resources:',
      '        requests: {memory: 128Mi}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.containers[0].resources.limits[memory]',
      line: 9,
      column: 7,
    });
  });

  it('covers init containers and sidecars, skips ephemeral ones and limited containers', () => {
    const text = yaml(
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata: {name: report}',
      'spec:',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      initContainers:',
      '        - {name: fetch, image: curl:8, resources: {limits: {memory: 64Mi}}}',
      '        - {name: logs, image: fluent-bit:3, restartPolicy: Always}',
      '      containers:',
      '        - {name: report, image: report:1, resources: {limits: {memory: 1Gi}}}',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => f.path)).toEqual([
      'spec.template.spec.initContainers[1].resources.limits[memory]',
    ]);
    expect(found[0]).toMatchObject({ line: 10, column: 11 });
  });
});
