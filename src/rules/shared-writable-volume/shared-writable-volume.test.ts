import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'shared-writable-volume';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: logs', 'spec:', ...spec);

describe(ID, () => {
  it('notes a volume that two running containers mount read-write, on the volume name', () => {
    const text = pod(
      '  containers:',
      '    - {name: app, image: app:2, volumeMounts: [{name: logs, mountPath: /var/log/app}]}',
      '    - {name: shipper, image: fluent-bit:3.2, volumeMounts: [{name: logs, mountPath: /logs}]}',
      '  volumes:',
      '    - name: logs',
      '      emptyDir: {sizeLimit: 1Gi}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'info',
      path: 'spec.volumes[0].name',
      line: 10,
      column: 13,
      volumes: ['logs'],
      containers: ['app', 'shipper'],
    });
    expect(found[0].message).toContain('containers app, shipper mount volume logs read-write');
  });

  it('is silent when the reader mounts readOnly, for a regular init container and for always read-only sources', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: seed, image: busybox:1.36, volumeMounts: [{name: data, mountPath: /data}]}',
      '  containers:',
      '    - {name: app, image: app:2, volumeMounts: [{name: data, mountPath: /data}, {name: logs, mountPath: /logs}, {name: cfg, mountPath: /cfg}]}',
      '    - {name: shipper, image: fluent-bit:3.2, volumeMounts: [{name: logs, mountPath: /logs, readOnly: true}, {name: cfg, mountPath: /cfg}]}',
      '  volumes:',
      '    - {name: data, emptyDir: {sizeLimit: 1Gi}}',
      '    - {name: logs, emptyDir: {sizeLimit: 1Gi}}',
      '    - {name: cfg, configMap: {name: app}}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });

  it('counts native sidecars and uses the template path and claim template name of a StatefulSet', () => {
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
      '        - {name: backup, image: backup:1, restartPolicy: Always, volumeMounts: [{name: data, mountPath: /data}]}',
      '      containers:',
      '        - {name: db, image: postgres:17, volumeMounts: [{name: data, mountPath: /var/lib/postgresql}]}',
      '  volumeClaimTemplates:',
      '    - metadata:',
      '        name: data',
      '      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.volumeClaimTemplates[0].metadata.name',
      line: 16,
      column: 15,
      containers: ['backup', 'db'],
    });
  });
});
