import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'privileged-container';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: node-tool', 'spec:', ...spec);

describe(ID, () => {
  it('reports privileged: true on the field', () => {
    const text = pod(
      '  containers:',
      '    - name: tool',
      '      image: tool:1',
      '      securityContext:',
      '        privileged: true',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.containers[0].securityContext.privileged',
      line: 10,
      column: 21,
      containers: ['tool'],
    });
  });

  it('covers init containers and ephemeral (debug) containers', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: sysctl, image: busybox:1.36, securityContext: {privileged: true}}',
      '  containers:',
      '    - {name: app, image: app:2}',
      '  ephemeralContainers:',
      '    - {name: debug, image: busybox:1.36, securityContext: {privileged: true}}',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => f.path)).toEqual([
      'spec.initContainers[0].securityContext.privileged',
      'spec.ephemeralContainers[0].securityContext.privileged',
    ]);
    expect(found[1].message).toContain('ephemeral container debug');
  });

  it('is silent for privileged: false and for capabilities without privileged', () => {
    const text = pod(
      '  containers:',
      '    - {name: a, image: a:1, securityContext: {privileged: false}}',
      '    - {name: b, image: b:1, securityContext: {capabilities: {add: [NET_ADMIN]}}}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });

  it('uses the template path of a DaemonSet and honours a container-scoped suppression', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata:',
      '  name: csi',
      '  annotations: {podscope.io/ignore: "privileged-container:driver # CSI drivers mount for the kubelet"}',
      'spec:',
      '  selector: {matchLabels: {app: csi}}',
      '  template:',
      '    metadata: {labels: {app: csi}}',
      '    spec:',
      '      containers:',
      '        - {name: driver, image: csi:1, securityContext: {privileged: true}}',
      '        - {name: registrar, image: registrar:2, securityContext: {privileged: true}}',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => [f.path, f.line, f.column, f.suppressed])).toEqual([
      ['spec.template.spec.containers[0].securityContext.privileged', 12, 70, true],
      ['spec.template.spec.containers[1].securityContext.privileged', 13, 79, false],
    ]);
  });
});
