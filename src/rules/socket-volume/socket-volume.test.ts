import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'socket-volume';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('notes a volume shared under /var/run, at the first socket-like mount', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      volumeMounts:',
      '        - {name: sock, mountPath: /var/run/app}',
      '    - name: proxy',
      '      image: proxy:1',
      '      volumeMounts:',
      '        - {name: sock, mountPath: /sockets}',
      '  volumes:',
      '    - {name: sock, emptyDir: {sizeLimit: 1Mi}}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'info',
      path: 'spec.containers[0].volumeMounts[0].mountPath',
      line: 10,
      column: 35,
      volumes: ['sock'],
      containers: ['app', 'proxy'],
    });
    expect(found[0].message).toContain('Unix domain socket');
  });

  it('recognises /run and a path ending in .sock, and counts native sidecars', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: agent, image: spire-agent:1.10, restartPolicy: Always, volumeMounts: [{name: uds, mountPath: /run/spire/sockets}]}',
      '  containers:',
      '    - {name: app, image: app:2, volumeMounts: [{name: uds, mountPath: /agent/api.sock}]}',
      '  volumes: [{name: uds, emptyDir: {sizeLimit: 1Mi}}]',
    );
    expect(findingsOf(text, ID).map((f) => f.path)).toEqual([
      'spec.initContainers[0].volumeMounts[0].mountPath',
    ]);
    const sockFile = pod(
      '  containers:',
      '    - {name: a, image: a:1, volumeMounts: [{name: s, mountPath: /tmp/x}]}',
      '    - {name: b, image: b:1, volumeMounts: [{name: s, mountPath: /tmp/db.sock/}]}',
      '  volumes: [{name: s, emptyDir: {sizeLimit: 1Mi}}]',
    );
    expect(findingsOf(sockFile, ID).map((f) => f.path)).toEqual([
      'spec.containers[1].volumeMounts[0].mountPath',
    ]);
  });

  it('is silent for one container, for other paths, for /runner, and for read-only sources', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: setup, image: busybox:1.36, volumeMounts: [{name: alone, mountPath: /run/x}]}',
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      volumeMounts:',
      '        - {name: alone, mountPath: /run/app}',
      '        - {name: data, mountPath: /data}',
      '        - {name: work, mountPath: /runner}',
      '        - {name: token, mountPath: /var/run/secrets/tokens}',
      '    - name: helper',
      '      image: helper:1',
      '      volumeMounts:',
      '        - {name: data, mountPath: /data}',
      '        - {name: work, mountPath: /runner}',
      '        - {name: token, mountPath: /var/run/secrets/tokens}',
      '  volumes:',
      '    - {name: alone, emptyDir: {sizeLimit: 1Mi}}',
      '    - {name: data, emptyDir: {sizeLimit: 1Gi}}',
      '    - {name: work, emptyDir: {sizeLimit: 1Gi}}',
      '    - {name: token, projected: {sources: [{serviceAccountToken: {path: token}}]}}',
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
      '        - {name: php, image: php-fpm:8.3, volumeMounts: [{name: fpm, mountPath: /run/php}]}',
      '        - {name: nginx, image: nginx:1.27, volumeMounts: [{name: fpm, mountPath: /run/php}]}',
      '      volumes: [{name: fpm, emptyDir: {medium: Memory, sizeLimit: 1Mi}}]',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[0].volumeMounts[0].mountPath',
      line: 10,
      column: 81,
    });
  });
});
