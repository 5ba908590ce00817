import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'host-ipc';

describe(ID, () => {
  it('reports hostIPC: true with the ipc namespace', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: shm',
      'spec:',
      '  hostIPC: true',
      '  containers:',
      '    - {name: app, image: app:2}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.hostIPC',
      line: 6,
      column: 12,
      namespaces: ['ipc'],
      containers: ['app'],
    });
    expect(found[0].message).toContain('shared memory');
  });

  it('is silent when hostIPC is false or unset', () => {
    const off = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  hostIPC: false',
      '  containers: [{name: a, image: a:1}]',
    );
    const unset = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  containers: [{name: a, image: a:1}]',
    );
    expect([...findingsOf(off, ID), ...findingsOf(unset, ID)]).toEqual([]);
  });

  it('uses the template path of a Deployment', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: db}',
      'spec:',
      '  selector: {matchLabels: {app: db}}',
      '  template:',
      '    metadata: {labels: {app: db}}',
      '    spec:',
      '      hostIPC: true',
      '      containers: [{name: db, image: oracle:19}]',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ path: 'spec.template.spec.hostIPC', line: 9, column: 16 });
  });
});
