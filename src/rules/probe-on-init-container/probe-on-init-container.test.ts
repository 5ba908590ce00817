import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('probe-on-init-container', () => {
  it('reports a readinessProbe on a regular init container', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  initContainers:',
      '    - name: wait-db',
      '      image: busybox',
      '      readinessProbe:',
      '        exec: {command: [true]}',
      '  containers: [{name: app, image: nginx}]',
    );
    const [f, ...rest] = findingsOf(text, 'probe-on-init-container');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'probe-on-init-container',
      severity: 'error',
      path: 'spec.initContainers[0].readinessProbe',
      line: 8,
      column: 7,
      containers: ['wait-db'],
    });
    expect(f.message).toContain('may not be set for init containers without restartPolicy=Always');
  });

  it('reports lifecycle hooks too, in a StatefulSet', () => {
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
      '      initContainers:',
      '        - {name: init, image: busybox, lifecycle: {preStop: {exec: {command: [sh]}}}, livenessProbe: {tcpSocket: {port: 1}}}',
      '      containers: [{name: db, image: postgres}]',
    );
    expect(findingsOf(text, 'probe-on-init-container').map((f) => f.path)).toEqual([
      'spec.template.spec.initContainers[0].lifecycle',
      'spec.template.spec.initContainers[0].livenessProbe',
    ]);
  });

  it('accepts probes on native sidecars and on app containers', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  initContainers:',
      '    - {name: proxy, image: envoy, restartPolicy: Always, startupProbe: {tcpSocket: {port: 15021}}}',
      '  containers:',
      '    - {name: app, image: nginx, readinessProbe: {httpGet: {path: /, port: 80}}}',
    );
    expect(findingsOf(text, 'probe-on-init-container')).toEqual([]);
  });
});
