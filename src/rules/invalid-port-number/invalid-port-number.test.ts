import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const pod = (...specLines: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...specLines);

describe('invalid-port-number', () => {
  it('reports a containerPort above 65535 at the number', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      ports:',
      '        - containerPort: 80800',
    );
    const [f, ...rest] = findingsOf(text, 'invalid-port-number');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'invalid-port-number',
      severity: 'error',
      path: 'spec.containers[0].ports[0].containerPort',
      line: 10,
      column: 26,
      containers: ['app'],
      ports: ['app:80800/TCP'],
    });
    expect(f.message).toContain('must be between 1 and 65535, inclusive');
  });

  it('reports a negative hostPort and a probe port out of range in a DaemonSet', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: agent}',
      'spec:',
      '  selector: {matchLabels: {app: agent}}',
      '  template:',
      '    metadata: {labels: {app: agent}}',
      '    spec:',
      '      containers:',
      '        - name: agent',
      '          image: agent:1.0',
      '          ports: [{containerPort: 9100, hostPort: -1}]',
      '          readinessProbe:',
      '            tcpSocket: {port: 70000}',
    );
    const found = findingsOf(text, 'invalid-port-number').map((f) => [f.path, f.line, f.column]);
    expect(found).toEqual([
      ['spec.template.spec.containers[0].ports[0].hostPort', 12, 51],
      ['spec.template.spec.containers[0].readinessProbe.tcpSocket.port', 14, 31],
    ]);
  });

  it('does not repeat the error for a hostPort that hostNetwork copied from the containerPort', () => {
    const text = pod(
      '  hostNetwork: true',
      '  containers: [{name: app, image: nginx, ports: [{containerPort: 70000}]}]',
    );
    expect(findingsOf(text, 'invalid-port-number').map((f) => f.path)).toEqual([
      'spec.containers[0].ports[0].containerPort',
    ]);
  });

  it('accepts the edges 1 and 65535, hostPort 0 and named probe ports', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      ports: [{containerPort: 1}, {containerPort: 65535, hostPort: 0}, {containerPort: 8080, name: http, hostPort: 65535}]',
      '      livenessProbe: {httpGet: {path: /, port: http}}',
      '      startupProbe: {grpc: {port: 65535}}',
    );
    expect(findingsOf(text, 'invalid-port-number')).toEqual([]);
  });
});
