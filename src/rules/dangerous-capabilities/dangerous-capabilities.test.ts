import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'dangerous-capabilities';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: net', 'spec:', ...spec);

describe(ID, () => {
  it('reports each dangerous capability at its list item', () => {
    const text = pod(
      '  containers:',
      '    - name: vpn',
      '      image: wireguard:1',
      '      securityContext:',
      '        capabilities:',
      '          add:',
      '            - NET_BIND_SERVICE',
      '            - NET_ADMIN',
      '            - SYS_MODULE',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => [f.path, f.line, f.column])).toEqual([
      ['spec.containers[0].securityContext.capabilities.add[1]', 13, 15],
      ['spec.containers[0].securityContext.capabilities.add[2]', 14, 15],
    ]);
    expect(found[0]).toMatchObject({ ruleId: ID, severity: 'warning', containers: ['vpn'] });
    expect(found[0].message).toContain('adds NET_ADMIN');
    expect(found[1].message).toContain('load kernel modules');
  });

  it('recognises ALL and names written in lower case or with the CAP_ prefix', () => {
    const text = pod(
      '  containers:',
      '    - {name: a, image: a:1, securityContext: {capabilities: {add: [all, CAP_SYS_ADMIN, sys_ptrace, SYS_TIME]}}}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(4);
    expect(found[0].message).toContain('adds ALL capabilities');
    expect(found[1].message).toContain('adds CAP_SYS_ADMIN: it can mount');
    expect(found[2].message).toContain('trace and inject');
    expect(found[3].message).toContain('beyond the baseline set');
  });

  it('is silent for the baseline capabilities and for dropped ones', () => {
    const text = pod(
      '  containers:',
      '    - {name: web, image: nginx:1.27, securityContext: {capabilities: {drop: [ALL], add: [NET_BIND_SERVICE, CHOWN, SETUID, SETGID]}}}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });

  it('uses the template path of a Deployment, init containers included', () => {
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
      '        - name: mesh-init',
      '          image: proxyinit:1',
      '          securityContext: {capabilities: {add: [NET_ADMIN, NET_RAW]}}',
      '      containers: [{name: app, image: app:2}]',
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => [f.path, f.line, f.column])).toEqual([
      ['spec.template.spec.initContainers[0].securityContext.capabilities.add[0]', 12, 50],
      ['spec.template.spec.initContainers[0].securityContext.capabilities.add[1]', 12, 61],
    ]);
    expect(found[1].message).toContain('raw packets');
  });
});
