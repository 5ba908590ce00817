import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'sidecar-without-limits';
const pod = (meta: string[], ...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', ...meta, 'spec:', ...spec);

describe(ID, () => {
  it('reports helpers but not the first app container, which is the main one', () => {
    const text = pod(
      [],
      '  initContainers:',
      '    - name: logs',
      '      image: fluent-bit:3.2',
      '      restartPolicy: Always',
      '      resources:',
      '        limits:',
      '          cpu: 100m',
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '    - name: proxy',
      '      image: envoy:1.30',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => [f.path, f.line, f.column])).toEqual([
      ['spec.initContainers[0].resources.limits[memory]', 11, 9],
      ['spec.containers[1].resources.limits', 16, 7],
    ]);
    expect(found[0]).toMatchObject({ ruleId: ID, severity: 'warning', containers: ['logs'] });
    expect(found[0].message).toContain('helper container logs has no memory limit');
    expect(found[1].message).toContain('neither a cpu nor a memory limit');
    expect(found[1].message).toContain('main container app');
  });

  it('takes the main container from kubectl.kubernetes.io/default-container', () => {
    const text = pod(
      ['  annotations:', '    kubectl.kubernetes.io/default-container: app'],
      '  containers:',
      '    - {name: proxy, image: envoy:1.30, resources: {limits: {cpu: 200m, memory: 128Mi}}}',
      '    - {name: app, image: app:2}',
      '    - {name: exporter, image: exporter:1, resources: {limits: {memory: 64Mi}}}',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => f.path)).toEqual(['spec.containers[2].resources.limits[cpu]']);
    expect(found[0].message).toContain('main container app');
  });

  it('is silent for a single container and for limited helpers; a regular init container is no sidecar', () => {
    const text = pod(
      [],
      '  initContainers:',
      '    - {name: setup, image: busybox:1.36}',
      '  containers:',
      '    - {name: app, image: app:2}',
      '    - {name: proxy, image: envoy:1.30, resources: {limits: {cpu: 200m, memory: 128Mi}}}',
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
      '        - {name: app, image: app:2}',
      '        - name: proxy',
      '          image: envoy:1.30',
      '          resources: {limits: {memory: 128Mi}}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[1].resources.limits[cpu]',
      line: 13,
      column: 23,
    });
  });

  it('passes over an injected proxy listed first: the app after it is the main container', () => {
    const text = pod(
      [],
      '  containers:',
      '    - {name: linkerd-proxy, image: cr.l5d.io/linkerd/proxy:edge-24.1.1}',
      '    - {name: web, image: buoyantio/emojivoto-web:v11}',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => f.containers)).toEqual([['linkerd-proxy']]);
    expect(found[0].message).toContain('main container web');
  });
});
