import { describe, expect, it } from 'vitest';
import { analyze } from '../../analysis/analyze';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'service-selects-nothing';

const deployment = (name: string, labels: string, namespace?: string): string[] => [
  'apiVersion: apps/v1',
  'kind: Deployment',
  `metadata: {name: ${name}${namespace ? `, namespace: ${namespace}` : ''}, labels: {app: wrong}}`,
  'spec:',
  `  selector: {matchLabels: ${labels}}`,
  '  template:',
  `    metadata: {labels: ${labels}}`,
  '    spec: {containers: [{name: app, image: app:1}]}',
];

const service = (selector: string, extra: string[] = []): string[] => [
  'apiVersion: v1',
  'kind: Service',
  'metadata: {name: web}',
  'spec:',
  ...extra,
  `  selector: ${selector}`,
  '  ports: [{port: 80}]',
];

describe(ID, () => {
  it('reports a selector that matches no pod template, at the selector, on the Service', () => {
    const text = yaml(
      ...service('{app: web, tier: front}'),
      '---',
      ...deployment('web', '{app: web, tier: back}'),
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.selector',
      document: 0,
      line: 5,
      column: 3,
      workload: undefined,
    });
    expect(found[0].message).toContain('selects pods labelled app=web, tier=front');
  });

  it('matches the pod template’s labels, not the workload’s own', () => {
    expect(
      findingsOf(yaml(...service('{app: wrong}'), '---', ...deployment('web', '{app: web}')), ID),
    ).toHaveLength(1);
    expect(
      findingsOf(
        yaml(...service('{app: web}'), '---', ...deployment('web', '{app: web, v: "2"}')),
        ID,
      ),
    ).toEqual([]);
  });

  it('looks across the whole input, in either order, and decides again as documents change', () => {
    const svc = yaml(...service('{app: api}'));
    const other = yaml(...deployment('web', '{app: web}'));
    const api = yaml(...deployment('api', '{app: api}'));
    expect(findingsOf(`${other}---\n${svc}`, ID)).toHaveLength(1);
    expect(findingsOf(`${other}---\n${svc}---\n${api}`, ID)).toEqual([]);
    expect(findingsOf(`${api}---\n${svc}`, ID)).toEqual([]);
  });

  it('respects namespaces when both name one', () => {
    const text = (ns: string) =>
      yaml(
        'apiVersion: v1',
        'kind: Service',
        `metadata: {name: web, namespace: ${ns}}`,
        'spec: {selector: {app: web}}',
        '---',
        ...deployment('web', '{app: web}', 'shop'),
      );
    expect(findingsOf(text('shop'), ID)).toEqual([]);
    expect(findingsOf(text('other'), ID)).toHaveLength(1);
  });

  it('is silent without a selector, with an empty one, for ExternalName, and without workloads', () => {
    const web = deployment('web', '{app: web}');
    for (const text of [
      yaml(
        'apiVersion: v1',
        'kind: Service',
        'metadata: {name: db}',
        'spec: {ports: [{port: 5432}]}',
        '---',
        ...web,
      ),
      yaml(...service('{}'), '---', ...web),
      yaml(
        ...service('{app: db}', ['  type: ExternalName', '  externalName: db.example.com']),
        '---',
        ...web,
      ),
      yaml(...service('{app: db}')),
    ])
      expect(findingsOf(text, ID)).toEqual([]);
  });

  it('counts a workload an operator completes as a possible match', () => {
    const text = yaml(
      ...service('{common.k8s.elastic.co/type: elasticsearch}'),
      '---',
      'apiVersion: elasticsearch.k8s.elastic.co/v1',
      'kind: Elasticsearch',
      'metadata: {name: quickstart}',
      'spec:',
      '  nodeSets:',
      '    - name: default',
      '      count: 1',
      '      podTemplate:',
      '        spec: {containers: [{name: elasticsearch}]}',
    );
    const result = analyze(text);
    expect(result.workloads.map((w) => w.ref.completedBy)).toEqual(['override']);
    expect(result.findings.filter((f) => f.ruleId === ID)).toEqual([]);
  });

  it('is suppressed by podscope.io/ignore on the Service, still reported as suppressed', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Service',
      'metadata:',
      '  name: web',
      '  annotations:',
      '    podscope.io/ignore: "service-selects-nothing # pods come from the other chart"',
      'spec: {selector: {app: web}}',
      '---',
      ...deployment('api', '{app: api}'),
    );
    expect(findingsOf(text, ID)).toMatchObject([
      { suppressed: true, suppressReason: 'pods come from the other chart' },
    ]);
  });
});
