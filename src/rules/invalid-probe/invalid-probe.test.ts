import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('invalid-probe', () => {
  it('reports a probe with two handlers at the second one', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      livenessProbe:',
      '        httpGet: {path: /healthz, port: 8080}',
      '        tcpSocket: {port: 8080}',
    );
    const [f, ...rest] = findingsOf(text, 'invalid-probe');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'invalid-probe',
      severity: 'error',
      path: 'spec.containers[0].livenessProbe.tcpSocket',
      line: 10,
      column: 9,
      containers: ['app'],
    });
    expect(f.message).toContain(
      'may not specify more than 1 handler type (it has httpGet, tcpSocket)',
    );
  });

  it('reports a probe with only timings, and a hook without handler, in a Deployment', () => {
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
      '          image: nginx',
      '          readinessProbe:',
      '            periodSeconds: 5',
      '          lifecycle:',
      '            preStop: {}',
    );
    const found = findingsOf(text, 'invalid-probe').map((f) => [
      f.path,
      f.line,
      f.column,
      f.messageId,
    ]);
    expect(found).toEqual([
      ['spec.template.spec.containers[0].readinessProbe', 12, 11, 'invalid-probe.none'],
      ['spec.template.spec.containers[0].lifecycle.preStop', 15, 13, 'invalid-probe.hookNone'],
    ]);
  });

  it('accepts one handler per probe, sleep hooks, and sidecar probes', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  initContainers:',
      '    - {name: proxy, image: envoy, restartPolicy: Always, readinessProbe: {httpGet: {path: /ready, port: 15021}}}',
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      livenessProbe: {exec: {command: [cat, /tmp/healthy]}, periodSeconds: 5}',
      '      startupProbe: {grpc: {port: 9090}}',
      '      lifecycle: {preStop: {sleep: {seconds: 5}}, postStart: {exec: {command: [sh, -c, "echo hi"]}}}',
    );
    expect(findingsOf(text, 'invalid-probe')).toEqual([]);
  });
  it('warns about a hook whose handler is tcpSocket: accepted by the API server, fails at runtime', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      lifecycle:',
      '        postStart:',
      '          tcpSocket: {port: 8080}',
      '        preStop:',
      '          tcpSocket: {port: 8080}',
    );
    const found = findingsOf(text, 'invalid-probe');
    expect(found.map((f) => [f.path, f.line, f.column, f.messageId, f.severity])).toEqual([
      [
        'spec.containers[0].lifecycle.postStart.tcpSocket',
        10,
        11,
        'invalid-probe.postStartTcpSocket',
        'warning',
      ],
      [
        'spec.containers[0].lifecycle.preStop.tcpSocket',
        12,
        11,
        'invalid-probe.preStopTcpSocket',
        'warning',
      ],
    ]);
    expect(found[0].message).toContain('FailedPostStartHook');
    expect(found[1].message).toContain('FailedPreStopHook');
    expect(found[0].message).not.toMatch(/one of [^;]*tcpSocket/);
  });

  it('reports tcpSocket beside another hook handler only as a second handler, and accepts it in probes', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      readinessProbe: {tcpSocket: {port: 8080}}',
      '      lifecycle:',
      '        preStop:',
      '          exec: {command: [nginx, -s, quit]}',
      '          tcpSocket: {port: 8080}',
    );
    const found = findingsOf(text, 'invalid-probe');
    expect(found.map((f) => [f.path, f.messageId, f.severity])).toEqual([
      ['spec.containers[0].lifecycle.preStop.tcpSocket', 'invalid-probe.many', 'error'],
    ]);
  });

  it('lists only the handlers a hook can run when a hook has none', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - {name: app, image: nginx, lifecycle: {postStart: {}}}',
    );
    const [f] = findingsOf(text, 'invalid-probe');
    expect(f.message).toContain('one of exec, httpGet or sleep');
    expect(f.message).not.toContain('tcpSocket');
  });
});
