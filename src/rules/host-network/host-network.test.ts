import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'host-network';

describe(ID, () => {
  it('reports hostNetwork: true with the network and uts namespaces', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: agent',
      'spec:',
      '  hostNetwork: true',
      '  dnsPolicy: ClusterFirstWithHostNet',
      '  containers:',
      '    - {name: agent, image: agent:3}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.hostNetwork',
      line: 6,
      column: 16,
      namespaces: ['network', 'uts'],
      containers: ['agent'],
    });
  });

  it('is silent for hostNetwork: false and for a string "true" (wrong-type reports that)', () => {
    for (const value of ['false', '"true"']) {
      const text = yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        `  hostNetwork: ${value}`,
        '  containers: [{name: a, image: a:1}]',
      );
      expect(findingsOf(text, ID)).toEqual([]);
    }
  });

  it('uses the template path of a DaemonSet and honours the ignore annotation on the template', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: cni}',
      'spec:',
      '  selector: {matchLabels: {app: cni}}',
      '  template:',
      '    metadata:',
      '      labels: {app: cni}',
      '      annotations: {podscope.io/ignore: "host-network # the CNI plugin configures the node network"}',
      '    spec:',
      '      hostNetwork: true',
      '      containers: [{name: cni, image: cni:1}]',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.hostNetwork',
      line: 11,
      column: 20,
      suppressed: true,
    });
  });
});
