import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('volume-not-found', () => {
  it('reports a mount of a volume the pod does not have, suggesting a close name', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      volumeMounts:',
      '        - name: shared-dta',
      '          mountPath: /data',
      '  volumes:',
      '    - name: shared-data',
      '      emptyDir: {}',
    );
    const [f, ...rest] = findingsOf(text, 'volume-not-found');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'volume-not-found',
      severity: 'error',
      path: 'spec.containers[0].volumeMounts[0].name',
      line: 9,
      column: 17,
      containers: ['app'],
      volumes: ['shared-dta'],
    });
    expect(f.message).toContain('did you mean "shared-data"?');
  });

  it('reports a mount of a volume that is itself invalid (two sources), in a Job', () => {
    const text = yaml(
      'apiVersion: batch/v1',
      'kind: Job',
      'metadata: {name: migrate}',
      'spec:',
      '  template:',
      '    spec:',
      '      restartPolicy: Never',
      '      containers: [{name: migrate, image: migrate:1, volumeMounts: [{name: scripts, mountPath: /scripts}]}]',
      '      volumes: [{name: scripts, configMap: {name: scripts}, secret: {secretName: scripts}}]',
    );
    const [f] = findingsOf(text, 'volume-not-found');
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[0].volumeMounts[0].name',
      line: 8,
      messageId: 'volume-not-found.invalid',
    });
  });

  it('accepts volumes from spec.volumes, defaulted volumes and StatefulSet claim templates', () => {
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
      '        - {name: init, image: busybox, volumeMounts: [{name: data, mountPath: /data}, {name: scratch, mountPath: /tmp}]}',
      '      containers:',
      '        - {name: db, image: postgres:16, volumeMounts: [{name: data, mountPath: /var/lib/postgresql}]}',
      '      volumes: [{name: scratch}]',
      '  volumeClaimTemplates:',
      '    - metadata: {name: data}',
      '      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}',
    );
    expect(findingsOf(text, 'volume-not-found')).toEqual([]);
  });
});
