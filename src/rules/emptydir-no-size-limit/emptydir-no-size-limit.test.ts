import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'emptydir-no-size-limit';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);
const app = [
  '  containers:',
  '    - name: app',
  '      image: app:2',
  '      volumeMounts:',
  '        - {name: cache, mountPath: /cache}',
];

describe(ID, () => {
  it('reports a disk-backed emptyDir without sizeLimit, where sizeLimit belongs', () => {
    const text = pod(...app, '  volumes:', '    - name: cache', '      emptyDir: {}');
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.volumes[0].emptyDir.sizeLimit',
      line: 13,
      column: 7,
      volumes: ['cache'],
      containers: ['app'],
    });
    expect(found[0].message).toContain('DiskPressure');
  });

  it('includes the emptyDir: {} that the API server defaults for a volume without source', () => {
    const text = pod(...app, '  volumes:', '    - name: cache');
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ path: 'spec.volumes[0].emptyDir.sizeLimit', line: 12, column: 7 });
    expect(f.message).toContain('has no source');
  });

  it('says the pod is evicted when containers set an ephemeral-storage limit', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      resources: {limits: {ephemeral-storage: 2Gi}}',
      '      volumeMounts: [{name: cache, mountPath: /cache}]',
      '  volumes:',
      '    - {name: cache, emptyDir: {medium: ""}}',
    );
    const [f] = findingsOf(text, ID);
    expect(f.message).toContain('counts against the pod’s ephemeral-storage limit');
  });

  it('is silent with a sizeLimit, for memory-backed emptyDirs and for other sources', () => {
    const text = pod(
      ...app,
      '  volumes:',
      '    - {name: cache, emptyDir: {sizeLimit: 1Gi}}',
      '    - {name: shm, emptyDir: {medium: Memory}}',
      '    - {name: config, configMap: {name: app-config}}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });

  it('uses the template path of a StatefulSet and honours the ignore annotation', () => {
    const lines = [
      'apiVersion: apps/v1',
      'kind: StatefulSet',
      'metadata: {name: db}',
      'spec:',
      '  serviceName: db',
      '  selector: {matchLabels: {app: db}}',
      '  template:',
      '    metadata:',
      '      labels: {app: db}',
      '    spec:',
      '      containers:',
      '        - {name: db, image: postgres:17, volumeMounts: [{name: scratch, mountPath: /tmp}]}',
      '      volumes:',
      '        - name: scratch',
      '          emptyDir:',
      '            medium: ""',
    ];
    const [f] = findingsOf(yaml(...lines), ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.volumes[0].emptyDir.sizeLimit',
      line: 15,
      column: 11,
      suppressed: false,
    });
    const ignored = [
      ...lines.slice(0, 8),
      '      annotations: {podscope.io/ignore: emptydir-no-size-limit}',
      ...lines.slice(8),
    ];
    expect(findingsOf(yaml(...ignored), ID)[0].suppressed).toBe(true);
  });
});
