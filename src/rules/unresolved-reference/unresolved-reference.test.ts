import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'unresolved-reference';
const configMap = [
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: app-config}',
  'data: {a: b}',
  '---',
];

describe(ID, () => {
  it('notes a configMap volume naming a ConfigMap the input lacks, when the input has ConfigMaps', () => {
    const text = yaml(
      ...configMap,
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      'spec:',
      '  containers:',
      '    - {name: app, image: app:2, volumeMounts: [{name: cfg, mountPath: /cfg}, {name: tls, mountPath: /tls}]}',
      '  volumes:',
      '    - name: cfg',
      '      configMap:',
      '        name: app-confg',
      '    - {name: tls, secret: {secretName: tls}}',
    );
    const found = findingsOf(text, ID);
    // The Secret is not flagged: the input holds no Secrets at all, so it is expected elsewhere.
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'info',
      document: 1,
      path: 'spec.volumes[0].configMap.name',
      line: 16,
      column: 15,
      volumes: ['cfg'],
      containers: ['app'],
    });
    expect(found[0].message).toContain('ConfigMap app-confg');
  });

  it('checks projected sources and skips optional references', () => {
    const text = yaml(
      ...configMap,
      'apiVersion: v1',
      'kind: Secret',
      'metadata: {name: db}',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers: [{name: app, image: app:2}]',
      '  volumes:',
      '    - name: all',
      '      projected:',
      '        sources:',
      '          - configMap: {name: app-config}',
      '          - secret: {name: db-creds}',
      '          - configMap: {name: extra, optional: true}',
      '    - {name: maybe, secret: {secretName: other, optional: true}}',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => [f.path, f.line, f.column])).toEqual([
      ['spec.volumes[0].projected.sources[1].secret.name', 20, 28],
    ]);
    expect(found[0].message).toContain('Secret db-creds');
  });

  it('is silent when the object is in the input', () => {
    const text = yaml(
      ...configMap,
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers: [{name: a, image: a:1}]',
      '  volumes: [{name: c, configMap: {name: app-config}}]',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });

  it('notes a missing claim of a Deployment when the input has claims', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: PersistentVolumeClaim',
      'metadata: {name: data}',
      'spec: {accessModes: [ReadWriteOnce], resources: {requests: {storage: 1Gi}}}',
      '---',
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers: [{name: app, image: app:2}]',
      '      volumes:',
      '        - {name: data, persistentVolumeClaim: {claimName: data-0}}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      document: 1,
      path: 'spec.template.spec.volumes[0].persistentVolumeClaim.claimName',
      line: 16,
      column: 59,
    });
    expect(f.message).toContain('stays Pending');
  });
});
