import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('duplicate-container-name', () => {
  it('reports an app container that reuses an init container name, in start order', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  initContainers:',
      '    - name: setup',
      '      image: busybox',
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '    - name: setup',
      '      image: busybox',
    );
    const [f, ...rest] = findingsOf(text, 'duplicate-container-name');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'duplicate-container-name',
      severity: 'error',
      path: 'spec.containers[1].name',
      line: 11,
      column: 13,
      containers: ['setup'],
    });
    expect(f.message).toContain('already used by initContainers[0]');
  });

  it('reports an ephemeral container named like an app container in a CronJob template', () => {
    const text = yaml(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata: {name: report}',
      'spec:',
      '  schedule: "0 * * * *"',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          restartPolicy: Never',
      '          containers: [{name: main, image: alpine}]',
      '          ephemeralContainers: [{name: main, image: busybox}]',
    );
    const [f] = findingsOf(text, 'duplicate-container-name');
    expect(f).toMatchObject({
      path: 'spec.jobTemplate.spec.template.spec.ephemeralContainers[0].name',
      line: 12,
      column: 40,
    });
  });

  it('is silent when names differ only by list position and case is not involved', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  initContainers: [{name: app-init, image: busybox}, {name: proxy, image: envoy, restartPolicy: Always}]',
      '  containers: [{name: app, image: nginx}, {name: app-2, image: nginx}]',
    );
    expect(findingsOf(text, 'duplicate-container-name')).toEqual([]);
  });
});
