import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'service-target-port-unknown';

const deployment = (ports: string, labels = '{app: web}'): string[] => [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web}',
  'spec:',
  `  selector: {matchLabels: ${labels}}`,
  '  template:',
  `    metadata: {labels: ${labels}}`,
  '    spec:',
  '      initContainers:',
  '        - {name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{name: admin, containerPort: 9901}]}',
  '      containers:',
  `        - {name: web, image: web:1, ports: ${ports}}`,
];

const service = (...ports: string[]): string[] => [
  '---',
  'apiVersion: v1',
  'kind: Service',
  'metadata: {name: web}',
  'spec:',
  '  selector: {app: web}',
  '  ports:',
  ...ports,
];

describe(ID, () => {
  it('reports a targetPort name no selected container declares, at the name', () => {
    const text = yaml(
      ...deployment('[{name: http, containerPort: 8080}]'),
      ...service(
        '    - {name: http, port: 80, targetPort: http}',
        '    - name: metrics',
        '      port: 9090',
        '      targetPort: metrics',
        '    - {name: admin, port: 9901, targetPort: admin}',
      ),
    );
    const found = findingsOf(text, ID);
    expect(found.map((f) => [f.path, f.line, f.column, f.document])).toEqual([
      ['spec.ports[1].targetPort', 23, 19, 1],
      ['spec.ports[2].targetPort', 24, 45, 1],
    ]);
    expect(found[0]).toMatchObject({ ruleId: ID, severity: 'warning', workload: undefined });
    expect(found[0].message).toContain(
      'Service web sends port 9090 to the container port named metrics (TCP)',
    );
  });

  it('matches the protocol too', () => {
    const text = yaml(
      ...deployment('[{name: dns, containerPort: 53, protocol: UDP}]'),
      ...service('    - {port: 53, targetPort: dns}'),
    );
    expect(findingsOf(text, ID)[0].message).toContain('named dns (TCP)');
  });

  it('is silent for declared names, numbers, and when nothing is selected', () => {
    const declared = yaml(
      ...deployment('[{name: http, containerPort: 8080}]'),
      ...service('    - {port: 80, targetPort: http}', '    - {port: 81, targetPort: 8081}'),
    );
    expect(findingsOf(declared, ID)).toEqual([]);
    const none = yaml(
      ...deployment('[]', '{app: api}'),
      ...service('    - {port: 80, targetPort: http}'),
    );
    expect(findingsOf(none, ID)).toEqual([]);
    expect(findingsOf(none, 'service-selects-nothing')).toHaveLength(1);
  });

  it('finds the name when the Service comes first, and in a kind: List', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: Service',
      '    metadata: {name: web}',
      '    spec: {selector: {app: web}, ports: [{port: 80, targetPort: htp}]}',
      '  - apiVersion: v1',
      '    kind: Pod',
      '    metadata: {name: web, labels: {app: web}}',
      '    spec: {containers: [{name: web, image: web:1, ports: [{name: http, containerPort: 80}]}]}',
    );
    expect(findingsOf(text, ID).map((f) => f.path)).toEqual(['items[0].spec.ports[0].targetPort']);
  });
});
