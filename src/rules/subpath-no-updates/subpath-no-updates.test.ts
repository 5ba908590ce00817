import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'subpath-no-updates';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('notes a configMap volume mounted with subPath, on the subPath', () => {
    const text = pod(
      '  containers:',
      '    - name: nginx',
      '      image: nginx:1.27',
      '      volumeMounts:',
      '        - name: conf',
      '          mountPath: /etc/nginx/nginx.conf',
      '          subPath: nginx.conf',
      '  volumes:',
      '    - {name: conf, configMap: {name: nginx-conf}}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'info',
      path: 'spec.containers[0].volumeMounts[0].subPath',
      line: 12,
      column: 20,
      containers: ['nginx'],
      volumes: ['conf'],
    });
    expect(found[0].message).toContain('configMap volume conf with subPath nginx.conf');
  });

  it('covers secret, projected and subPathExpr', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      volumeMounts:',
      '        - {name: tls, mountPath: /tls/cert.pem, subPath: tls.crt}',
      '        - {name: all, mountPath: /etc/app, subPathExpr: $(POD_NAME)}',
      '  volumes:',
      '    - {name: tls, secret: {secretName: web-tls}}',
      '    - {name: all, projected: {sources: [{configMap: {name: app}}]}}',
    );
    expect(findingsOf(text, ID).map((f) => f.path)).toEqual([
      'spec.containers[0].volumeMounts[0].subPath',
      'spec.containers[0].volumeMounts[1].subPathExpr',
    ]);
  });

  it('is silent for whole-volume mounts and for subPath into volumes that are never updated', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      volumeMounts:',
      '        - {name: conf, mountPath: /etc/app}',
      '        - {name: data, mountPath: /var/lib/app, subPath: app}',
      '  volumes:',
      '    - {name: conf, configMap: {name: app}}',
      '    - {name: data, persistentVolumeClaim: {claimName: data}}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });

  it('uses the template path of a Deployment', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: app:2',
      '          volumeMounts: [{name: conf, mountPath: /app/settings.yaml, subPath: settings.yaml}]',
      '      volumes: [{name: conf, configMap: {name: settings}}]',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[0].volumeMounts[0].subPath',
      line: 12,
      column: 79,
    });
  });
});
