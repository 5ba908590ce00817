import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'oom-killed';
const spec = [
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: app:2',
  '      resources:',
  '        limits: {memory: 256Mi}',
];

describe(ID, () => {
  it('reports the last termination reason OOMKilled from kubectl get output', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      ...spec,
      'status:',
      '  phase: Running',
      '  containerStatuses:',
      '    - name: app',
      '      restartCount: 4',
      '      ready: true',
      '      state: {running: {startedAt: "2025-01-01T00:00:00Z"}}',
      '      lastState:',
      '        terminated:',
      '          reason: OOMKilled',
      '          exitCode: 137',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'status.containerStatuses[0].lastState.terminated.reason',
      line: 20,
      column: 19,
      containers: ['app'],
    });
    expect(found[0].message).toContain('4 restarts');
    expect(found[0].message).toContain('memory limit of 256Mi');
  });

  it('is silent for other termination reasons and without status', () => {
    const other = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      ...spec,
      'status:',
      '  containerStatuses:',
      '    - {name: app, restartCount: 1, lastState: {terminated: {reason: Error, exitCode: 1}}}',
    );
    expect(findingsOf(other, ID)).toEqual([]);
    expect(
      findingsOf(yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: web}', ...spec), ID),
    ).toEqual([]);
  });

  it('reads init container statuses and items of a kind: List', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: Pod',
      '    metadata: {name: web}',
      '    spec:',
      '      initContainers: [{name: migrate, image: migrate:1}]',
      '      containers: [{name: app, image: app:2}]',
      '    status:',
      '      initContainerStatuses:',
      '        - {name: migrate, restartCount: 2, lastState: {terminated: {reason: OOMKilled, exitCode: 137}}}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'items[0].status.initContainerStatuses[0].lastState.terminated.reason',
      line: 12,
      column: 77,
      containers: ['migrate'],
    });
    expect(f.message).toContain('without a memory limit of its own');
  });
});
