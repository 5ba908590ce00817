import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('host-network-port-mismatch', () => {
  it('reports a hostPort that differs from its containerPort under hostNetwork', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: node-agent}',
      'spec:',
      '  hostNetwork: true',
      '  containers:',
      '    - name: agent',
      '      image: agent:1.0',
      '      ports:',
      '        - containerPort: 8080',
      '          hostPort: 80',
    );
    const [f, ...rest] = findingsOf(text, 'host-network-port-mismatch');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'host-network-port-mismatch',
      severity: 'error',
      path: 'spec.containers[0].ports[0].hostPort',
      line: 11,
      column: 21,
      containers: ['agent'],
      namespaces: ['network'],
    });
    expect(f.message).toContain('must match containerPort 8080 when hostNetwork is true');
  });

  it('can be suppressed on the pod template of a Deployment', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: lb}',
      'spec:',
      '  selector: {matchLabels: {app: lb}}',
      '  template:',
      '    metadata:',
      '      labels: {app: lb}',
      '      annotations: {podscope.io/ignore: "host-network-port-mismatch # migrating to a Service"}',
      '    spec:',
      '      hostNetwork: true',
      '      containers: [{name: lb, image: haproxy, ports: [{containerPort: 8443, hostPort: 443}]}]',
    );
    const [f] = findingsOf(text, 'host-network-port-mismatch');
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[0].ports[0].hostPort',
      suppressed: true,
      suppressReason: 'migrating to a Service',
    });
  });

  it('is silent for equal or omitted hostPorts, and without hostNetwork', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: a}',
      'spec:',
      '  hostNetwork: true',
      '  containers: [{name: a, image: x, ports: [{containerPort: 8080, hostPort: 8080}, {containerPort: 9090}]}]',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: b}',
      'spec:',
      '  containers: [{name: b, image: x, ports: [{containerPort: 8080, hostPort: 80}]}]',
    );
    expect(findingsOf(text, 'host-network-port-mismatch')).toEqual([]);
  });
});
