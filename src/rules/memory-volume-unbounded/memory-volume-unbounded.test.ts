import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'memory-volume-unbounded';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('reports medium Memory without sizeLimit; with every app container limited, the tmpfs follows the pod limit', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      resources:',
      '        limits: {memory: 512Mi}',
      '      volumeMounts: [{name: shm, mountPath: /dev/shm}]',
      '  volumes:',
      '    - name: shm',
      '      emptyDir:',
      '        medium: Memory',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.volumes[0].emptyDir.sizeLimit',
      line: 14,
      column: 7,
      volumes: ['shm'],
      containers: ['app'],
    });
    expect(found[0].message).toContain('sizes the tmpfs to the pod’s memory limit');
  });

  it('falls back to node allocatable memory when an app container has no memory limit', () => {
    const text = pod(
      '  containers:',
      '    - {name: app, image: app:2, resources: {limits: {memory: 512Mi}}, volumeMounts: [{name: shm, mountPath: /dev/shm}]}',
      '    - {name: helper, image: helper:1, resources: {limits: {memory: "0"}}}',
      '  volumes:',
      '    - {name: shm, emptyDir: {medium: Memory}}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ path: 'spec.volumes[0].emptyDir.sizeLimit', line: 10, column: 19 });
    expect(f.message).toContain('node’s allocatable memory');
  });

  it('is silent with a sizeLimit and for disk-backed emptyDirs', () => {
    const text = pod(
      '  containers:',
      '    - {name: app, image: app:2}',
      '  volumes:',
      '    - {name: shm, emptyDir: {medium: Memory, sizeLimit: 64Mi}}',
      '    - {name: cache, emptyDir: {}}',
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
      '      containers: [{name: app, image: app:2}]',
      '      volumes:',
      '        - name: tokens',
      '          emptyDir: {medium: Memory}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.volumes[0].emptyDir.sizeLimit',
      line: 12,
      column: 11,
    });
  });
});
