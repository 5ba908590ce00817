import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('duplicate-mount-path', () => {
  it('reports two volumes mounted at one path in one container', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      volumeMounts:',
      '        - name: config',
      '          mountPath: /etc/app',
      '        - name: secrets',
      '          mountPath: /etc/app',
      '  volumes:',
      '    - {name: config, configMap: {name: app}}',
      '    - {name: secrets, secret: {secretName: app}}',
    );
    const [f, ...rest] = findingsOf(text, 'duplicate-mount-path');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'duplicate-mount-path',
      severity: 'error',
      path: 'spec.containers[0].volumeMounts[1].mountPath',
      line: 12,
      column: 22,
      containers: ['app'],
      volumes: ['config', 'secrets'],
    });
  });

  it('reports the same volume mounted twice at one path, in a Deployment', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers: [{name: app, image: nginx, volumeMounts: [{name: d, mountPath: /d}, {name: d, mountPath: /d, readOnly: true}]}]',
      '      volumes: [{name: d, emptyDir: {}}]',
    );
    expect(findingsOf(text, 'duplicate-mount-path').map((f) => f.messageId)).toEqual([
      'duplicate-mount-path.sameVolume',
    ]);
  });

  it('compares exact strings and containers separately', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - {name: a, image: x, volumeMounts: [{name: d, mountPath: /data}, {name: e, mountPath: /data/}, {name: f, mountPath: /data/sub}]}',
      '    - {name: b, image: x, volumeMounts: [{name: d, mountPath: /data}]}',
      '  volumes: [{name: d, emptyDir: {}}, {name: e, emptyDir: {}}, {name: f, emptyDir: {}}]',
    );
    expect(findingsOf(text, 'duplicate-mount-path')).toEqual([]);
  });
});
