import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'host-pid';

describe(ID, () => {
  it('reports hostPID: true with the pid namespace', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: top',
      'spec:',
      '  hostPID: true',
      '  containers:',
      '    - {name: top, image: busybox:1.36}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.hostPID',
      line: 6,
      column: 12,
      namespaces: ['pid'],
      containers: ['top'],
    });
    expect(found[0].message).toContain('every process on the node');
  });

  it('is silent for hostPID: false and for shareProcessNamespace, which stays inside the pod', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  hostPID: false',
      '  shareProcessNamespace: true',
      '  containers: [{name: a, image: a:1}]',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });

  it('uses the template path of a DaemonSet', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: exporter}',
      'spec:',
      '  selector: {matchLabels: {app: exporter}}',
      '  template:',
      '    metadata: {labels: {app: exporter}}',
      '    spec: {hostPID: true, containers: [{name: exporter, image: node-exporter:1.8}]}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ path: 'spec.template.spec.hostPID', line: 8, column: 21 });
  });
});
