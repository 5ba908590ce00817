import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'shared-process-namespace';

describe(ID, () => {
  it('reports shareProcessNamespace: true on the field, with the pid namespace', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: nginx',
      'spec:',
      '  shareProcessNamespace: true',
      '  containers:',
      '    - {name: nginx, image: nginx:1.27}',
      '    - {name: shell, image: busybox:1.36}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.shareProcessNamespace',
      line: 6,
      column: 26,
      namespaces: ['pid'],
      containers: ['nginx', 'shell'],
    });
    expect(found[0].message).toContain('pause process becomes PID 1');
  });

  it('is silent for false, and with hostPID too (that pod is rejected by another rule)', () => {
    const off = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  shareProcessNamespace: false',
      '  containers: [{name: a, image: a:1}]',
    );
    expect(findingsOf(off, ID)).toEqual([]);
    const both = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: p}',
      'spec:',
      '  shareProcessNamespace: true',
      '  hostPID: true',
      '  containers: [{name: a, image: a:1}]',
    );
    expect(findingsOf(both, ID)).toEqual([]);
  });

  it('uses the template path of a Deployment', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      shareProcessNamespace: true',
      '      containers: [{name: app, image: app:2}, {name: reloader, image: reloader:1}]',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.shareProcessNamespace',
      line: 9,
      column: 30,
    });
  });
});
