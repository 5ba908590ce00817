import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('duplicate-volume-name', () => {
  it('reports the second volume with a name', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers: [{name: app, image: nginx}]',
      '  volumes:',
      '    - name: data',
      '      emptyDir: {}',
      '    - name: data',
      '      configMap: {name: web-config}',
    );
    const [f, ...rest] = findingsOf(text, 'duplicate-volume-name');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'duplicate-volume-name',
      severity: 'error',
      path: 'spec.volumes[1].name',
      line: 9,
      column: 13,
      volumes: ['data'],
    });
  });

  it('is silent on distinct names, and a StatefulSet claim template is not a second volume', () => {
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
      '      containers: [{name: db, image: postgres:16, volumeMounts: [{name: data, mountPath: /var/lib/postgresql}]}]',
      '      volumes: [{name: config, configMap: {name: db}}, {name: tmp, emptyDir: {}}]',
      '  volumeClaimTemplates:',
      '    - metadata: {name: data}',
      '      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}',
    );
    expect(findingsOf(text, 'duplicate-volume-name')).toEqual([]);
  });
});
