import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('invalid-restart-policy', () => {
  it('reports an unsupported pod restartPolicy at its value', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  restartPolicy: always',
      '  containers: [{name: app, image: nginx}]',
    );
    const [f, ...rest] = findingsOf(text, 'invalid-restart-policy');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'invalid-restart-policy',
      severity: 'error',
      path: 'spec.restartPolicy',
      line: 5,
      column: 18,
    });
    expect(f.message).toContain('supported values: "Always", "OnFailure", "Never"');
  });

  it('requires OnFailure or Never in a Job, also when restartPolicy is left to its default', () => {
    const text = yaml(
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata: {name: migrate}',
      'spec:',
      '  template:',
      '    spec:',
      '      containers: [{name: migrate, image: migrate:1}]',
    );
    const [f] = findingsOf(text, 'invalid-restart-policy');
    // restartPolicy is missing: the finding points at the pod spec that should hold it.
    expect(f).toMatchObject({
      path: 'spec.template.spec.restartPolicy',
      line: 6,
      column: 5,
      messageId: 'invalid-restart-policy.jobUnset',
    });
    expect(f.message).toContain('valid values: "OnFailure", "Never"');
  });

  it('rejects Never in a Deployment template (only Always keeps replicas running)', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      restartPolicy: Never',
      '      containers: [{name: app, image: nginx}]',
    );
    const [f] = findingsOf(text, 'invalid-restart-policy');
    expect(f).toMatchObject({
      path: 'spec.template.spec.restartPolicy',
      line: 9,
      column: 22,
      messageId: 'invalid-restart-policy.alwaysOnly',
    });
  });

  it('reports an init container restartPolicy other than Always/OnFailure/Never as an error', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  initContainers:',
      '    - name: proxy',
      '      image: envoy',
      '      restartPolicy: Sometimes',
      '  containers: [{name: app, image: nginx}]',
    );
    const [f] = findingsOf(text, 'invalid-restart-policy');
    expect(f).toMatchObject({
      path: 'spec.initContainers[0].restartPolicy',
      line: 8,
      column: 22,
      severity: 'error',
      containers: ['proxy'],
    });
  });

  it('notes container-level OnFailure/Never as info: accepted by 1.35 defaults, rejected by older API servers', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: train}',
      'spec:',
      '  restartPolicy: Never',
      '  initContainers: [{name: fetch, image: busybox, restartPolicy: Never}]',
      '  containers: [{name: train, image: trainer, restartPolicy: OnFailure}]',
    );
    const found = findingsOf(text, 'invalid-restart-policy').map((f) => [f.path, f.severity]);
    expect(found).toEqual([
      ['spec.initContainers[0].restartPolicy', 'info'],
      ['spec.containers[0].restartPolicy', 'info'],
    ]);
    expect(findingsOf(text, 'invalid-restart-policy')[1].message).toContain('1.35');
  });

  it('accepts native sidecars, the defaults, and Jobs with OnFailure', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  initContainers: [{name: proxy, image: envoy, restartPolicy: Always}]',
      '  containers: [{name: app, image: nginx}]',
      '---',
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: report}',
      'spec:',
      '  schedule: "@daily"',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec: {restartPolicy: OnFailure, containers: [{name: report, image: report}]}',
    );
    expect(findingsOf(text, 'invalid-restart-policy')).toEqual([]);
  });
});
