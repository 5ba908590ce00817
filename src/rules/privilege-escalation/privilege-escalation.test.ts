import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'privilege-escalation';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('notes a container that leaves allowPrivilegeEscalation unset, where the field belongs', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      securityContext:',
      '        runAsNonRoot: true',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'info',
      path: 'spec.containers[0].securityContext.allowPrivilegeEscalation',
      line: 9,
      column: 7,
      containers: ['app'],
    });
    expect(found[0].message).toContain('does not set allowPrivilegeEscalation: false');
  });

  it('points at an explicit true', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      securityContext:',
      '        allowPrivilegeEscalation: true',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ line: 10, column: 35 });
    expect(f.message).toContain('sets allowPrivilegeEscalation: true');
  });

  it('covers init containers and sidecars, not ephemeral containers, and is silent for false', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: setup, image: busybox:1.36}',
      '    - {name: proxy, image: envoy:1.30, restartPolicy: Always, securityContext: {allowPrivilegeEscalation: false}}',
      '  containers:',
      '    - {name: app, image: app:2, securityContext: {allowPrivilegeEscalation: false}}',
      '  ephemeralContainers:',
      '    - {name: debug, image: busybox:1.36}',
    );
    expect(findingsOf(text, ID).map((f) => f.path)).toEqual([
      'spec.initContainers[0].securityContext.allowPrivilegeEscalation',
    ]);
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
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[0].securityContext.allowPrivilegeEscalation',
      line: 10,
      column: 11,
    });
  });

  it('gives no advice the API server rejects: silent for privileged and CAP_SYS_ADMIN containers', () => {
    const text = pod(
      '  containers:',
      '    - {name: priv, image: a:1, securityContext: {privileged: true}}',
      '    - {name: admin, image: a:1, securityContext: {capabilities: {add: [CAP_SYS_ADMIN]}}}',
      '    - {name: admin2, image: a:1, securityContext: {allowPrivilegeEscalation: true, capabilities: {add: [SYS_ADMIN]}}}',
      '    - {name: net, image: a:1, securityContext: {capabilities: {add: [NET_ADMIN]}}}',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => f.containers)).toEqual([['net']]);
    const privileged = findingsOf(text, 'privileged-container');
    expect(privileged[0].message).toContain('rejects allowPrivilegeEscalation: false');
  });
});
