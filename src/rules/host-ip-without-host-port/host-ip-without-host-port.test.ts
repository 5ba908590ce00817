import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'host-ip-without-host-port';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('reports hostIP on a port without hostPort', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      ports:',
      '        - containerPort: 8080',
      '          hostIP: 10.0.0.5',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.containers[0].ports[0].hostIP',
      line: 11,
      column: 19,
      containers: ['app'],
      ports: ['app:8080/TCP'],
    });
    expect(found[0].message).toContain('sets hostIP 10.0.0.5 without hostPort');
  });

  it('is silent when hostPort is set, and with hostNetwork, where hostPort defaults to containerPort', () => {
    const withPort = pod(
      '  containers:',
      '    - {name: app, image: app:2, ports: [{containerPort: 8080, hostPort: 80, hostIP: 10.0.0.5}]}',
    );
    expect(findingsOf(withPort, ID)).toEqual([]);
    const hostNetwork = pod(
      '  hostNetwork: true',
      '  dnsPolicy: ClusterFirstWithHostNet',
      '  containers:',
      '    - {name: app, image: app:2, ports: [{containerPort: 8080, hostIP: 10.0.0.5}]}',
    );
    expect(findingsOf(hostNetwork, ID)).toEqual([]);
  });

  it('treats hostPort: 0 as unset and uses the template path of a DaemonSet', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: agent}',
      'spec:',
      '  selector: {matchLabels: {app: agent}}',
      '  template:',
      '    metadata: {labels: {app: agent}}',
      '    spec:',
      '      containers:',
      '        - name: agent',
      '          image: agent:3',
      '          ports:',
      '            - {containerPort: 9100, hostPort: 0, hostIP: 127.0.0.1}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[0].ports[0].hostIP',
      line: 13,
      column: 58,
    });
  });
});
