import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const pod = (...specLines: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...specLines);

describe('missing-required', () => {
  it('reports a pod spec without containers at the spec', () => {
    const text = pod('  restartPolicy: Never');
    const [f] = findingsOf(text, 'missing-required');
    expect(f).toMatchObject({
      ruleId: 'missing-required',
      severity: 'error',
      path: 'spec.containers',
      line: 5,
      column: 1,
    });
  });

  it('reports an empty containers list at the list', () => {
    const [f] = findingsOf(pod('  containers: []'), 'missing-required');
    expect(f).toMatchObject({ path: 'spec.containers', line: 6, column: 3 });
  });

  it('reports a container without image, a port without containerPort and a mount without mountPath', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      ports:',
      '        - name: http',
      '      volumeMounts:',
      '        - name: data',
      '  volumes:',
      '    - emptyDir: {}',
    );
    const found = findingsOf(text, 'missing-required').map((f) => [f.path, f.line, f.column]);
    expect(found).toEqual([
      // The missing field resolves to the nearest existing parent: the container or list item.
      ['spec.containers[0].image', 7, 7],
      ['spec.containers[0].ports[0].containerPort', 9, 11],
      ['spec.containers[0].volumeMounts[0].mountPath', 11, 11],
      ['spec.volumes[0].name', 13, 7],
    ]);
  });

  it('requires name and image of init, app and ephemeral containers alike, in a Deployment too', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      initContainers:',
      '        - image: busybox',
      '      containers:',
      '        - name: app',
      '          image: ""',
      '          ports: [{containerPort: 0}]',
    );
    const found = findingsOf(text, 'missing-required').map((f) => [
      f.path,
      f.line,
      f.column,
      f.containers ?? null,
    ]);
    expect(found).toEqual([
      ['spec.template.spec.initContainers[0].name', 10, 11, null],
      ['spec.template.spec.containers[0].image', 13, 18, ['app']],
      ['spec.template.spec.containers[0].ports[0].containerPort', 14, 35, ['app']],
    ]);
  });

  it('leaves values of the wrong type to wrong-type', () => {
    const text = pod('  containers: {name: app}');
    expect(findingsOf(text, 'missing-required')).toEqual([]);
    expect(findingsOf(text, 'wrong-type')).toHaveLength(1);
  });

  it('is silent on a complete pod', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: nginx:1.27',
      '      ports: [{containerPort: 80}]',
      '      volumeMounts: [{name: data, mountPath: /data}]',
      '  ephemeralContainers:',
      '    - {name: debugger, image: busybox:1.36, targetContainerName: app}',
      '  volumes: [{name: data, emptyDir: {}}]',
    );
    expect(findingsOf(text, 'missing-required')).toEqual([]);
  });
});
