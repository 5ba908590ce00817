import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('ephemeral-container-on-create', () => {
  it('reports ephemeralContainers in a pod manifest meant for create', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers: [{name: app, image: nginx}]',
      '  ephemeralContainers:',
      '    - name: debugger',
      '      image: busybox:1.36',
      '      targetContainerName: app',
    );
    const [f, ...rest] = findingsOf(text, 'ephemeral-container-on-create');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'ephemeral-container-on-create',
      severity: 'error',
      path: 'spec.ephemeralContainers',
      line: 6,
      column: 3,
      containers: ['debugger'],
    });
    expect(f.message).toContain('cannot be set on create');
  });

  it('says "not allowed in pod template" for a Deployment', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers: [{name: app, image: nginx}]',
      '      ephemeralContainers: [{name: dbg, image: busybox}]',
    );
    const [f] = findingsOf(text, 'ephemeral-container-on-create');
    expect(f).toMatchObject({
      path: 'spec.template.spec.ephemeralContainers',
      line: 10,
      severity: 'error',
    });
    expect(f.message).toContain('not allowed in pod template');
  });

  it('is only info for kubectl get output of a pod that was debugged', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers: [{name: app, image: nginx}]',
      '  ephemeralContainers: [{name: debugger-x7k2p, image: busybox, targetContainerName: app}]',
      'status:',
      '  phase: Running',
      '  ephemeralContainerStatuses: [{name: debugger-x7k2p, ready: false, restartCount: 0, image: busybox, imageID: "", state: {running: {}}}]',
    );
    const [f] = findingsOf(text, 'ephemeral-container-on-create');
    expect(f).toMatchObject({
      severity: 'info',
      messageId: 'ephemeral-container-on-create.fromCluster',
    });
  });

  it('is silent without ephemeral containers, or with an empty list', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers: [{name: app, image: nginx}]',
      '  ephemeralContainers: []',
    );
    expect(findingsOf(text, 'ephemeral-container-on-create')).toEqual([]);
  });
});
