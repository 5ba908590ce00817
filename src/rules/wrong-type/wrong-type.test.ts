import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const pod = (...specLines: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...specLines);

describe('wrong-type', () => {
  it('reports a quoted containerPort at the string token', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: nginx:1.27',
      '      ports:',
      '        - containerPort: "8080"',
    );
    const [f, ...rest] = findingsOf(text, 'wrong-type');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'wrong-type',
      severity: 'error',
      path: 'spec.containers[0].ports[0].containerPort',
      line: 10,
      column: 26,
      containers: ['app'],
      messageId: 'wrong-type.quotedNumber',
    });
    expect(f.message).toContain('must be integer');
  });

  it('reports containers written as an object and does not look inside it', () => {
    const text = pod(
      '  containers:',
      '    name: app',
      '    image: nginx',
      '    imagePullPolice: Always',
    );
    const [f, ...rest] = findingsOf(text, 'wrong-type');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ path: 'spec.containers', line: 6, column: 3 });
    expect(f.message).toContain('must be array of Container, but it is a JSON object');
    expect(findingsOf(text, 'unknown-field')).toEqual([]);
  });

  it('reports numbers where the decoder wants strings: image, args items, env values, label values', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      '  labels: {version: 1.0}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: 1',
      '          args: [serve, 1]',
      '          env:',
      '            - {name: PORT, value: 8080}',
    );
    const found = findingsOf(text, 'wrong-type').map((f) => [
      f.path,
      f.line,
      f.column,
      f.messageId,
    ]);
    expect(found).toEqual([
      ['metadata.labels[version]', 5, 21, 'wrong-type.needsString'],
      ['spec.template.spec.containers[0].image', 13, 18, 'wrong-type.needsString'],
      ['spec.template.spec.containers[0].args[1]', 14, 25, 'wrong-type.needsString'],
      ['spec.template.spec.containers[0].env[0].value', 16, 35, 'wrong-type.needsString'],
    ]);
  });

  it('reads unquoted yes/no/on/off and 1_000 the way kubectl does (YAML 1.1)', () => {
    const text = pod(
      '  hostNetwork: yes',
      '  enableServiceLinks: "no"',
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      env:',
      '        - {name: DEBUG, value: on}',
      '        - {name: VERBOSE, value: "on"}',
      '        - {name: LIMIT, value: 1_000}',
    );
    const findings = findingsOf(text, 'wrong-type');
    const found = findings.map((f) => [f.path, f.messageId]);
    expect(findings[1].message).toContain('kubectl reads the unquoted on as a boolean (YAML 1.1)');
    expect(found).toEqual([
      ['spec.enableServiceLinks', 'wrong-type.default'],
      ['spec.containers[0].env[0].value', 'wrong-type.yaml11Boolean'],
      ['spec.containers[0].env[2].value', 'wrong-type.yaml11Number'],
    ]);
  });

  it('accepts numbers for quantities and both forms of int-or-string, but not fractions or booleans', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      resources:',
      '        requests: {cpu: 0.5, memory: 1e3}',
      '        limits: {cpu: 1, memory: true}',
      '      livenessProbe:',
      '        httpGet: {path: /, port: http}',
      '      readinessProbe:',
      '        tcpSocket: {port: 8080}',
      '      startupProbe:',
      '        tcpSocket: {port: 1.5}',
    );
    const found = findingsOf(text, 'wrong-type').map((f) => f.path);
    expect(found).toEqual([
      'spec.containers[0].resources.limits[memory]',
      'spec.containers[0].startupProbe.tcpSocket.port',
    ]);
  });

  it('is silent on a correct manifest with nulls, empty maps and kubectl output fields', () => {
    const text = pod(
      '  restartPolicy: Always',
      '  terminationGracePeriodSeconds: 30',
      '  containers:',
      '    - name: app',
      '      image: nginx:1.27',
      '      command: ["nginx", "-g", "daemon off;"]',
      '      ports: [{containerPort: 80, name: http, protocol: TCP}]',
      '      resources: {}',
      '      securityContext: {runAsNonRoot: true, runAsUser: 101, capabilities: {drop: [ALL]}}',
      '  volumes:',
      '    - name: cfg',
      '      configMap: {name: web, defaultMode: 0644}',
      '    - name: empty',
      '      emptyDir:',
      '  nodeSelector: {kubernetes.io/os: linux}',
      'status:',
      '  startTime: "2024-05-01T10:00:00Z"',
    );
    expect(findingsOf(text, 'wrong-type')).toEqual([]);
  });
});
