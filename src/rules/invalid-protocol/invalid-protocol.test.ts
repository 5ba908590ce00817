import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('invalid-protocol', () => {
  it('reports a lower-case protocol (values are case-sensitive)', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: dns}',
      'spec:',
      '  containers:',
      '    - name: dns',
      '      image: coredns/coredns:1.11.1',
      '      ports:',
      '        - containerPort: 53',
      '          protocol: udp',
    );
    const [f, ...rest] = findingsOf(text, 'invalid-protocol');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'invalid-protocol',
      severity: 'error',
      path: 'spec.containers[0].ports[0].protocol',
      line: 10,
      column: 21,
      containers: ['dns'],
      ports: ['dns:53/udp'],
    });
    expect(f.message).toContain('supported values: "SCTP", "TCP", "UDP"');
  });

  it('reports HTTP, which is an application protocol, in a ReplicaSet', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: ReplicaSet',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers: [{name: web, image: nginx, ports: [{containerPort: 80, protocol: HTTP}]}]',
    );
    expect(findingsOf(text, 'invalid-protocol').map((f) => f.path)).toEqual([
      'spec.template.spec.containers[0].ports[0].protocol',
    ]);
  });

  it('accepts TCP, UDP, SCTP and an omitted or empty protocol (defaulted to TCP)', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: dns}',
      'spec:',
      '  containers:',
      '    - name: dns',
      '      image: coredns/coredns:1.11.1',
      '      ports:',
      '        - {containerPort: 53, protocol: UDP}',
      '        - {containerPort: 53, protocol: TCP}',
      '        - {containerPort: 9153}',
      '        - {containerPort: 3868, protocol: SCTP}',
      '        - {containerPort: 8080, protocol: ""}',
    );
    expect(findingsOf(text, 'invalid-protocol')).toEqual([]);
  });
});
