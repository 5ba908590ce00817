import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { yaml } from '../testing/manifest';
import { formatSelector, selectorMatches, servicesIn, ServiceSelection } from './services';

const deployment = (i: number): string =>
  yaml(
    'apiVersion: apps/v1',
    'kind: Deployment',
    `metadata: {name: d${i}}`,
    'spec:',
    `  selector: {matchLabels: {app: d${i}}}`,
    '  template:',
    `    metadata: {labels: {app: d${i}, tier: web}}`,
    `    spec: {containers: [{name: c, image: c:1, ports: [{name: http, containerPort: 80}]}]}`,
  );

describe('selectorMatches', () => {
  it('needs every key=value, and an empty selector matches nothing', () => {
    expect(selectorMatches({ app: 'a' }, { app: 'a', v: '1' })).toBe(true);
    expect(selectorMatches({ app: 'a', v: '2' }, { app: 'a', v: '1' })).toBe(false);
    expect(selectorMatches({}, { app: 'a' })).toBe(false);
  });
});

describe('servicesIn', () => {
  it('reads Services at the root and in a List, with their ports, and formats selectors', () => {
    const [svc] = servicesIn({
      kind: 'List',
      items: [
        { kind: 'ConfigMap' },
        {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name: 's', namespace: 'n' },
          spec: { selector: { app: 'a', v: 1 }, ports: [{ port: 80, targetPort: 'http' }] },
        },
      ],
    });
    expect(svc).toEqual({
      path: ['items', 1],
      name: 's',
      namespace: 'n',
      type: 'ClusterIP',
      annotations: {},
      selector: { app: 'a', v: '1' },
      ports: [{ index: 0, port: 80, targetPort: 'http', protocol: 'TCP' }],
    });
    expect(formatSelector(svc.selector ?? {})).toBe('app=a, v=1');
  });
});

describe('ServiceSelection', () => {
  it('decides over thousands of workloads', () => {
    const models = analyze(
      Array.from({ length: 1000 }, (_, i) => deployment(i)).join('---\n'),
    ).workloads.map((w) => w.model);
    const selection = new ServiceSelection(models);
    let held = 0;
    for (let i = 0; i < 1000; i++) {
      if (selection.holds({ test: 'selects-nothing', selector: { app: `d${i}`, tier: 'web' } }))
        held++;
      if (selection.holds({ test: 'port-name', selector: { app: `d${i}` }, portName: 'http' }))
        held++;
    }
    expect(held).toBe(0);
    expect(selection.holds({ test: 'selects-nothing', selector: { app: 'none' } })).toBe(true);
    expect(
      selection.holds({ test: 'port-name', selector: { tier: 'web' }, portName: 'grpc' }),
    ).toBe(true);
  });

  it('lets labels a controller adds match any value, on workloads a controller runs', () => {
    const models = analyze(deployment(1)).workloads.map((w) => w.model);
    const selection = new ServiceSelection(models);
    const perPod = { 'statefulset.kubernetes.io/pod-name': 'd1-0', app: 'd1' };
    expect(selection.holds({ test: 'selects-nothing', selector: perPod })).toBe(false);
    expect(
      selection.holds({ test: 'selects-nothing', selector: { ...perPod, app: 'other' } }),
    ).toBe(true);
  });
});
