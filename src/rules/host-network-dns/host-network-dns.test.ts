import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'host-network-dns';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: agent', 'spec:', ...spec);

describe(ID, () => {
  it('reports an explicit ClusterFirst with hostNetwork on the dnsPolicy value', () => {
    const text = pod(
      '  hostNetwork: true',
      '  dnsPolicy: ClusterFirst',
      '  containers:',
      '    - {name: agent, image: agent:3}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.dnsPolicy',
      line: 7,
      column: 14,
      namespaces: ['network'],
    });
    expect(found[0].message).toContain('use ClusterFirstWithHostNet');
  });

  it('reports an unset dnsPolicy, which defaults to ClusterFirst, where dnsPolicy belongs', () => {
    const text = pod('  hostNetwork: true', '  containers:', '    - {name: agent, image: agent:3}');
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ path: 'spec.dnsPolicy', line: 5, column: 1 });
    expect(f.message).toContain('defaults to ClusterFirst');
  });

  it('is silent with ClusterFirstWithHostNet or Default, and without hostNetwork', () => {
    for (const spec of [
      ['  hostNetwork: true', '  dnsPolicy: ClusterFirstWithHostNet'],
      ['  hostNetwork: true', '  dnsPolicy: Default'],
      ['  dnsPolicy: ClusterFirst'],
    ]) {
      expect(findingsOf(pod(...spec, '  containers: [{name: a, image: a:1}]'), ID)).toEqual([]);
    }
  });

  it('uses the template path of a DaemonSet', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: agent}',
      'spec:',
      '  selector: {matchLabels: {app: agent}}',
      '  template:',
      '    metadata: {labels: {app: agent}}',
      '    spec:',
      '      hostNetwork: true',
      '      dnsPolicy: ClusterFirst',
      '      containers: [{name: agent, image: agent:3}]',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ path: 'spec.template.spec.dnsPolicy', line: 10, column: 18 });
  });
});
