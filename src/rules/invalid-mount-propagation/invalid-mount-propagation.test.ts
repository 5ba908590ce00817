import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('invalid-mount-propagation', () => {
  it('reports an unknown mountPropagation value', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: csi}',
      'spec:',
      '  containers:',
      '    - name: driver',
      '      image: csi-driver:1',
      '      volumeMounts:',
      '        - name: pods',
      '          mountPath: /var/lib/kubelet/pods',
      '          mountPropagation: bidirectional',
      '  volumes: [{name: pods, hostPath: {path: /var/lib/kubelet/pods}}]',
    );
    const [f, ...rest] = findingsOf(text, 'invalid-mount-propagation');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'invalid-mount-propagation',
      severity: 'error',
      path: 'spec.containers[0].volumeMounts[0].mountPropagation',
      line: 11,
      column: 29,
      containers: ['driver'],
      volumes: ['pods'],
      messageId: 'invalid-mount-propagation.unsupported',
    });
  });

  it('reports Bidirectional in a container that is not privileged (DaemonSet)', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: csi}',
      'spec:',
      '  selector: {matchLabels: {app: csi}}',
      '  template:',
      '    metadata: {labels: {app: csi}}',
      '    spec:',
      '      containers:',
      '        - name: driver',
      '          image: csi-driver:1',
      '          securityContext: {privileged: false}',
      '          volumeMounts: [{name: pods, mountPath: /pods, mountPropagation: Bidirectional}]',
      '      volumes: [{name: pods, hostPath: {path: /var/lib/kubelet/pods}}]',
    );
    const [f] = findingsOf(text, 'invalid-mount-propagation');
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[0].volumeMounts[0].mountPropagation',
      line: 13,
      messageId: 'invalid-mount-propagation.notPrivileged',
    });
    expect(f.message).toContain('available only to privileged containers');
  });

  it('accepts None, HostToContainer, and Bidirectional with privileged: true', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: csi}',
      'spec:',
      '  containers:',
      '    - name: driver',
      '      image: csi-driver:1',
      '      securityContext: {privileged: true}',
      '      volumeMounts:',
      '        - {name: pods, mountPath: /a, mountPropagation: Bidirectional}',
      '        - {name: pods, mountPath: /b, mountPropagation: HostToContainer}',
      '        - {name: pods, mountPath: /c, mountPropagation: None}',
      '  volumes: [{name: pods, hostPath: {path: /var/lib/kubelet/pods}}]',
    );
    expect(findingsOf(text, 'invalid-mount-propagation')).toEqual([]);
  });
});
