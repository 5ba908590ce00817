import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'run-as-root-conflict';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('reports a pod-wide runAsNonRoot against a container’s runAsUser: 0, at the 0', () => {
    const text = pod(
      '  securityContext:',
      '    runAsNonRoot: true',
      '  containers:',
      '    - name: app',
      '      image: app:1',
      '      securityContext:',
      '        runAsUser: 0',
      '    - {name: ok, image: ok:1, securityContext: {runAsUser: 1000}}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'error',
      path: 'spec.containers[0].securityContext.runAsUser',
      line: 12,
      column: 20,
      containers: ['app'],
    });
    expect(found[0].message).toContain('from spec.securityContext.runAsNonRoot');
    expect(found[0].message).toContain('breaks non-root policy');
  });

  it('reports both set on the pod, once per container, init and sidecar ones included', () => {
    const text = pod(
      '  securityContext: {runAsNonRoot: true, runAsUser: 0}',
      '  initContainers:',
      '    - {name: setup, image: s:1}',
      '  containers:',
      '    - {name: app, image: app:1}',
    );
    expect(findingsOf(text, ID).map((f) => [f.containers, f.path])).toEqual([
      [['setup'], 'spec.securityContext.runAsUser'],
      [['app'], 'spec.securityContext.runAsUser'],
    ]);
  });

  it('is silent where the container’s own value wins, without runAsUser, and on Windows', () => {
    for (const spec of [
      [
        '  securityContext: {runAsNonRoot: true, runAsUser: 0}',
        '  containers: [{name: a, image: a:1, securityContext: {runAsUser: 1000}}]',
      ],
      [
        '  securityContext: {runAsNonRoot: true, runAsUser: 0}',
        '  containers: [{name: a, image: a:1, securityContext: {runAsNonRoot: false}}]',
      ],
      ['  securityContext: {runAsNonRoot: true}', '  containers: [{name: a, image: a:1}]'],
      ['  securityContext: {runAsUser: 0}', '  containers: [{name: a, image: a:1}]'],
      [
        '  os: {name: windows}',
        '  securityContext: {runAsNonRoot: true, runAsUser: 0}',
        '  containers: [{name: a, image: a:1}]',
      ],
    ])
      expect(findingsOf(pod(...spec), ID)).toEqual([]);
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
      '        - {name: app, image: app:1, securityContext: {runAsNonRoot: true, runAsUser: 0}}',
    );
    const [f] = findingsOf(text, ID);
    expect(f.path).toBe('spec.template.spec.containers[0].securityContext.runAsUser');
    expect(f.message).toContain(
      'from spec.template.spec.containers[0].securityContext.runAsNonRoot',
    );
  });
});
