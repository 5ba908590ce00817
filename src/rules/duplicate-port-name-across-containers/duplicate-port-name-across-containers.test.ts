import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'duplicate-port-name-across-containers';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('reports the port a Service can never select: app containers are searched before sidecars', () => {
    const text = pod(
      '  initContainers:',
      '    - name: proxy',
      '      image: envoy:1.30',
      '      restartPolicy: Always',
      '      ports:',
      '        - name: http',
      '          containerPort: 15001',
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      ports:',
      '        - name: http',
      '          containerPort: 8080',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.initContainers[0].ports[0].name',
      line: 11,
      column: 17,
      containers: ['app', 'proxy'],
      ports: ['app:8080/TCP', 'proxy:15001/TCP'],
    });
    expect(found[0].message).toContain(
      'always sends traffic to app port 8080, never to proxy port 15001',
    );
  });

  it('between two app containers, reports the later one', () => {
    const text = pod(
      '  containers:',
      '    - {name: app, image: app:2, ports: [{name: metrics, containerPort: 9090}]}',
      '    - {name: exporter, image: exporter:1, ports: [{name: metrics, containerPort: 9100}]}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ path: 'spec.containers[1].ports[0].name', line: 8, column: 58 });
  });

  it('is info when the protocols differ, since Services match the protocol too', () => {
    const text = pod(
      '  containers:',
      '    - {name: dns, image: coredns:1.11, ports: [{name: dns, containerPort: 53, protocol: UDP}]}',
      '    - {name: dns-tcp, image: coredns:1.11, ports: [{name: dns, containerPort: 53, protocol: TCP}]}',
    );
    const [f] = findingsOf(text, ID);
    expect(f.severity).toBe('info');
    expect(f.message).toContain('dns (UDP) and dns-tcp (TCP)');
  });

  it('is silent for distinct names and for regular init containers, which Services never select', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: warmup, image: app:2, ports: [{name: http, containerPort: 8080}]}',
      '  containers:',
      '    - {name: app, image: app:2, ports: [{name: http, containerPort: 8080}]}',
      '    - {name: proxy, image: envoy:1.30, ports: [{name: proxy-http, containerPort: 15001}, {containerPort: 15090}]}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
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
      '      containers:',
      '        - {name: a, image: app:2, ports: [{name: web, containerPort: 80}]}',
      '        - {name: b, image: app:2, ports: [{name: web, containerPort: 81}]}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[1].ports[0].name',
      line: 11,
      column: 50,
    });
  });
});
