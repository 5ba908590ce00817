import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

describe('host-port-conflict', () => {
  it('reports two app containers claiming one hostPort', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - name: web',
      '      image: nginx',
      '      ports: [{containerPort: 80, hostPort: 8080}]',
      '    - name: admin',
      '      image: admin:1',
      '      ports:',
      '        - containerPort: 9000',
      '          hostPort: 8080',
    );
    const [f, ...rest] = findingsOf(text, 'host-port-conflict');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'host-port-conflict',
      severity: 'error',
      path: 'spec.containers[1].ports[0].hostPort',
      line: 13,
      column: 21,
      containers: ['web', 'admin'],
      ports: ['web:80/TCP', 'admin:9000/TCP'],
    });
    expect(f.message).toContain('"TCP//8080"');
  });

  it('counts hostPorts defaulted by hostNetwork (DaemonSet template)', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: agents}',
      'spec:',
      '  selector: {matchLabels: {app: agents}}',
      '  template:',
      '    metadata: {labels: {app: agents}}',
      '    spec:',
      '      hostNetwork: true',
      '      containers:',
      '        - {name: exporter, image: node-exporter, ports: [{containerPort: 9100}]}',
      '        - {name: sidecar, image: metrics, ports: [{containerPort: 9100}]}',
    );
    const [f] = findingsOf(text, 'host-port-conflict');
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[1].ports[0].hostPort',
      line: 12,
      messageId: 'host-port-conflict.defaulted',
    });
  });

  it('checks each init container alone and keeps protocols and hostIPs apart', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: dns}',
      'spec:',
      '  initContainers:',
      '    - {name: probe, image: busybox, ports: [{containerPort: 53, hostPort: 53}]}',
      '  containers:',
      '    - name: dns',
      '      image: coredns',
      '      ports:',
      '        - {containerPort: 53, hostPort: 53, protocol: UDP}',
      '        - {containerPort: 53, hostPort: 53, protocol: TCP}',
      '        - {containerPort: 54, hostPort: 53, protocol: TCP, hostIP: 10.0.0.1}',
    );
    expect(findingsOf(text, 'host-port-conflict')).toEqual([]);
  });
});
