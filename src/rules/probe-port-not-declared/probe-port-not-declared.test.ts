import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'probe-port-not-declared';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('reports a named probe port that the container does not declare', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      ports:',
      '        - name: http',
      '          containerPort: 8080',
      '      readinessProbe:',
      '        httpGet:',
      '          path: /ready',
      '          port: web',
      '      livenessProbe:',
      '        tcpSocket:',
      '          port: http',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.containers[0].readinessProbe.httpGet.port',
      line: 15,
      column: 17,
      containers: ['app'],
    });
    expect(found[0].message).toContain('never becomes Ready');
  });

  it('looks only in the probe’s own container, not in its neighbours', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      livenessProbe: {httpGet: {path: /healthz, port: admin}}',
      '    - name: proxy',
      '      image: envoy:1.30',
      '      ports: [{name: admin, containerPort: 15000}]',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.containers[0].livenessProbe.httpGet.port',
      line: 9,
      column: 55,
    });
    expect(f.message).toContain('never restarts the container');
  });

  it('accepts numbers, digit strings (the kubelet parses them) and declared names', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      ports: [{name: http, containerPort: 8080}]',
      '      livenessProbe: {httpGet: {port: 8080}}',
      '      readinessProbe: {tcpSocket: {port: "8080"}}',
      '      startupProbe: {httpGet: {port: http}}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });

  it('uses the template path of a Deployment and can be suppressed per container', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '  annotations:',
      '    podscope.io/ignore: probe-port-not-declared:app',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: app:2',
      '          startupProbe:',
      '            tcpSocket:',
      '              port: grpc',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[0].startupProbe.tcpSocket.port',
      line: 17,
      column: 21,
      suppressed: true,
    });
    expect(f.message).toContain('never counts as started');
  });
});
