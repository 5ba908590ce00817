import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const pod = (...specLines: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...specLines);

describe('invalid-name', () => {
  it('reports a container name with capitals and an underscore', () => {
    const [f] = findingsOf(
      pod('  containers:', '    - name: My_App', '      image: nginx'),
      'invalid-name',
    );
    expect(f).toMatchObject({
      ruleId: 'invalid-name',
      severity: 'error',
      path: 'spec.containers[0].name',
      line: 7,
      column: 13,
      containers: ['My_App'],
    });
    expect(f.message).toContain(
      'a lowercase RFC 1123 label must consist of lower case alphanumeric characters',
    );
  });

  it('reports a volume name longer than 63 characters and a port name longer than 15', () => {
    const long = 'v'.repeat(64);
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      ports: [{name: metrics-endpoint, containerPort: 9090}]',
      '  volumes:',
      `    - name: ${long}`,
      '      emptyDir: {}',
    );
    const found = findingsOf(text, 'invalid-name');
    expect(found.map((f) => [f.path, f.line, f.column])).toEqual([
      ['spec.containers[0].ports[0].name', 9, 22],
      ['spec.volumes[0].name', 11, 13],
    ]);
    expect(found[0].message).toContain('must be no more than 15 characters');
    expect(found[0].ports).toEqual(['app:9090/TCP']);
    expect(found[1].message).toContain('must be no more than 63 characters');
  });

  it('reports IANA port-name rules: a letter is required, no double hyphen', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: nginx',
      '      ports: [{name: "8080", containerPort: 8080}, {name: web--ui, containerPort: 80}]',
    );
    const messages = findingsOf(text, 'invalid-name').map((f) => f.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toContain('must contain at least one letter');
    expect(messages[1]).toContain('must not contain consecutive hyphens');
  });

  it('accepts valid names at the limits (63-character label, 15-character port name, digits first)', () => {
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
      `        - name: ${'a'.repeat(63)}`,
      '          image: nginx',
      '          ports: [{name: abcdefghijklmno, containerPort: 80}, {name: h2c-1, containerPort: 81}]',
      '        - {name: 1st-helper, image: busybox}',
      '      volumes: [{name: 0-data, emptyDir: {}}]',
    );
    expect(findingsOf(text, 'invalid-name')).toEqual([]);
  });
});
