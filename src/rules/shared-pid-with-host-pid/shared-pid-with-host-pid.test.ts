import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('shared-pid-with-host-pid', () => {
  it('reports shareProcessNamespace together with hostPID at shareProcessNamespace', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: debug}',
      'spec:',
      '  hostPID: true',
      '  shareProcessNamespace: true',
      '  containers: [{name: app, image: nginx}]',
    );
    const [f, ...rest] = findingsOf(text, 'shared-pid-with-host-pid');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'shared-pid-with-host-pid',
      severity: 'error',
      path: 'spec.shareProcessNamespace',
      line: 6,
      column: 26,
      namespaces: ['pid'],
    });
    expect(f.message).toContain('shareProcessNamespace and hostPID cannot both be enabled');
  });

  it('can be suppressed on a Deployment', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: tracer',
      '  annotations: {podscope.io/ignore: shared-pid-with-host-pid}',
      'spec:',
      '  selector: {matchLabels: {app: tracer}}',
      '  template:',
      '    metadata: {labels: {app: tracer}}',
      '    spec: {hostPID: true, shareProcessNamespace: true, containers: [{name: t, image: t}]}',
    );
    expect(findingsOf(text, 'shared-pid-with-host-pid').map((f) => [f.path, f.suppressed])).toEqual(
      [['spec.template.spec.shareProcessNamespace', true]],
    );
  });

  it('is silent when only one is true, or one is written as false', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: a}',
      'spec: {hostPID: true, shareProcessNamespace: false, containers: [{name: a, image: x}]}',
      '---',
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: b}',
      'spec: {shareProcessNamespace: true, containers: [{name: b, image: x}]}',
    );
    expect(findingsOf(text, 'shared-pid-with-host-pid')).toEqual([]);
  });
});
