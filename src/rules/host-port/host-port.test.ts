import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'host-port';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('reports a written hostPort at its value, with its port chip', () => {
    const text = pod(
      '  containers:',
      '    - name: web',
      '      image: nginx:1.27',
      '      ports:',
      '        - containerPort: 80',
      '          hostPort: 8080',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.containers[0].ports[0].hostPort',
      line: 11,
      column: 21,
      containers: ['web'],
      ports: ['web:80/TCP'],
    });
    expect(found[0].message).toContain('Pod Security baseline level rejects the pod');
    expect(found[0].message).toContain('8080/TCP per node');
  });

  it('covers init containers and native sidecars, with their protocol', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: dns, image: coredns:1.11, restartPolicy: Always, ports: [{containerPort: 53, hostPort: 53, protocol: UDP}]}',
      '  containers:',
      '    - {name: app, image: app:1}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.initContainers[0].ports[0].hostPort',
      ports: ['dns:53/UDP'],
    });
  });

  it('is silent without hostPort, for hostPort 0, and under hostNetwork (host-network reports that)', () => {
    for (const spec of [
      ['  containers: [{name: a, image: a:1, ports: [{containerPort: 80}]}]'],
      ['  containers: [{name: a, image: a:1, ports: [{containerPort: 80, hostPort: 0}]}]'],
      [
        '  hostNetwork: true',
        '  containers: [{name: a, image: a:1, ports: [{containerPort: 80}]}]',
      ],
      [
        '  hostNetwork: true',
        '  containers: [{name: a, image: a:1, ports: [{containerPort: 80, hostPort: 80}]}]',
      ],
    ])
      expect(findingsOf(pod(...spec), ID)).toEqual([]);
  });
});
