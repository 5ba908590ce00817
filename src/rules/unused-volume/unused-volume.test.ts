import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'unused-volume';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('notes a volume that no container mounts, on its name', () => {
    const text = pod(
      '  containers:',
      '    - {name: app, image: app:2, volumeMounts: [{name: cache, mountPath: /cache}]}',
      '  volumes:',
      '    - {name: cache, emptyDir: {sizeLimit: 1Gi}}',
      '    - name: config',
      '      configMap: {name: app-config}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'info',
      path: 'spec.volumes[1].name',
      line: 10,
      column: 13,
      volumes: ['config'],
    });
    expect(found[0].message).toContain('the kubelet skips volumes no container uses');
  });

  it('says an unused claim still has to bind before scheduling', () => {
    const text = pod(
      '  containers: [{name: app, image: app:2}]',
      '  volumes:',
      '    - {name: data, persistentVolumeClaim: {claimName: data-pvc}}',
    );
    expect(findingsOf(text, ID)[0].message).toContain('PersistentVolumeClaim data-pvc');
  });

  it('counts mounts of any container, ephemeral included, and block devices', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: setup, image: busybox:1.36, volumeMounts: [{name: seed, mountPath: /seed}]}',
      '  containers:',
      '    - {name: app, image: app:2, volumeDevices: [{name: raw, devicePath: /dev/xvda}]}',
      '  ephemeralContainers:',
      '    - {name: debug, image: busybox:1.36, volumeMounts: [{name: dump, mountPath: /dump}]}',
      '  volumes:',
      '    - {name: seed, emptyDir: {sizeLimit: 1Gi}}',
      '    - {name: raw, persistentVolumeClaim: {claimName: raw-block}}',
      '    - {name: dump, emptyDir: {sizeLimit: 1Gi}}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });

  it('notes an unmounted StatefulSet volumeClaimTemplate, and template volumes of a Deployment', () => {
    const sts = yaml(
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata: {name: db}',
      'spec:',
      '  serviceName: db',
      '  selector: {matchLabels: {app: db}}',
      '  template:',
      '    metadata: {labels: {app: db}}',
      '    spec:',
      '      containers: [{name: db, image: postgres:17}]',
      '  volumeClaimTemplates:',
      '    - metadata: {name: data}',
      '      spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 10Gi}}}',
    );
    const [f] = findingsOf(sts, ID);
    expect(f).toMatchObject({
      path: 'spec.volumeClaimTemplates[0].metadata.name',
      line: 12,
      column: 24,
    });
    expect(f.message).toContain('every replica still gets its own PersistentVolumeClaim');
    const deploy = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers: [{name: app, image: app:2}]',
      '      volumes: [{name: tmp, emptyDir: {}}]',
    );
    expect(findingsOf(deploy, ID)[0]).toMatchObject({
      path: 'spec.template.spec.volumes[0].name',
      line: 10,
      column: 24,
    });
  });
});
