import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe('port-clash', () => {
  it('warns on two app containers declaring one port, at the second declaration', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: nginx:1.27',
      '      ports:',
      '        - containerPort: 8080',
      '    - name: metrics',
      '      image: exporter:1.0',
      '      ports:',
      '        - containerPort: 8080',
    );
    const found = findingsOf(text, 'port-clash');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: 'port-clash',
      severity: 'warning',
      path: 'spec.containers[1].ports[0].containerPort',
      line: 14,
      column: 26,
      containers: ['app', 'metrics'],
      ports: ['app:8080/TCP', 'metrics:8080/TCP'],
      namespaces: ['network'],
    });
    expect(found[0].message).toContain('containers app and metrics both declare port 8080/TCP');
  });

  it('treats an unset protocol as TCP, and keeps TCP and UDP apart', () => {
    const clash = pod(
      '  containers:',
      '    - {name: a, image: dns:1, ports: [{containerPort: 53, protocol: TCP}]}',
      '    - {name: b, image: dns:1, ports: [{containerPort: 53}]}',
    );
    expect(findingsOf(clash, 'port-clash')).toHaveLength(1);
    const apart = pod(
      '  containers:',
      '    - {name: a, image: dns:1, ports: [{containerPort: 53, protocol: UDP}]}',
      '    - {name: b, image: dns:1, ports: [{containerPort: 53}]}',
      '    - {name: c, image: dns:1, ports: [{containerPort: 5353}]}',
    );
    expect(findingsOf(apart, 'port-clash')).toEqual([]);
  });

  it('is info for a regular init container against an app container: they never run together', () => {
    const text = pod(
      '  initContainers:',
      '    - name: migrate',
      '      image: migrate:2',
      '      ports: [{containerPort: 8080}]',
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      ports: [{containerPort: 8080}]',
    );
    const [f] = findingsOf(text, 'port-clash');
    expect(f).toMatchObject({
      severity: 'info',
      path: 'spec.containers[0].ports[0].containerPort',
      line: 13,
      column: 31,
    });
    expect(f.message).toContain('migrate has exited before app starts');
  });

  it('is silent for two regular init containers, which run one after the other', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: one, image: busybox:1.36, ports: [{containerPort: 9000}]}',
      '    - {name: two, image: busybox:1.36, ports: [{containerPort: 9000}]}',
      '  containers:',
      '    - {name: app, image: app:2}',
    );
    expect(findingsOf(text, 'port-clash')).toEqual([]);
  });

  it('warns for a native sidecar, which runs alongside the app and later init containers', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{containerPort: 15000}]}',
      '    - {name: setup, image: busybox:1.36, ports: [{containerPort: 15000}]}',
      '  containers:',
      '    - {name: app, image: app:2, ports: [{containerPort: 15000}]}',
    );
    const found = findingsOf(text, 'port-clash');
    expect(found.map((f) => [f.path, f.severity])).toEqual([
      ['spec.initContainers[1].ports[0].containerPort', 'warning'],
      ['spec.containers[0].ports[0].containerPort', 'warning'],
    ]);
    // The app clashes with the running sidecar, not with the init container that has exited.
    expect(found[1].containers).toEqual(['proxy', 'app']);
  });

  it('is info for a regular init container declared before a sidecar with the same port', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: setup, image: busybox:1.36, ports: [{containerPort: 7000}]}',
      '    - {name: proxy, image: envoy:1.30, restartPolicy: Always, ports: [{containerPort: 7000}]}',
      '  containers:',
      '    - {name: app, image: app:2}',
    );
    expect(findingsOf(text, 'port-clash').map((f) => f.severity)).toEqual(['info']);
  });

  it('warns on an exact repeat inside one container but not on one port published twice', () => {
    const repeat = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      ports:',
      '        - containerPort: 8080',
      '        - containerPort: 8080',
    );
    const [f] = findingsOf(repeat, 'port-clash');
    expect(f).toMatchObject({
      severity: 'warning',
      path: 'spec.containers[0].ports[1].containerPort',
      line: 11,
      column: 26,
    });
    expect(f.containers).toEqual(['app']);
    expect(f.ports).toEqual(['app:8080/TCP']);
    expect(f.message).toContain('ports[0] and ports[1]');
    const published = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      ports:',
      '        - {containerPort: 8080, hostPort: 80}',
      '        - {containerPort: 8080, hostPort: 8080}',
    );
    expect(findingsOf(published, 'port-clash')).toEqual([]);
  });

  it('ignores ephemeral containers, which may not declare ports', () => {
    const text = pod(
      '  containers:',
      '    - {name: app, image: app:2, ports: [{containerPort: 8080}]}',
      '  ephemeralContainers:',
      '    - {name: debug, image: busybox:1.36, ports: [{containerPort: 8080}]}',
    );
    expect(findingsOf(text, 'port-clash')).toEqual([]);
  });

  it('uses the pod template path of a Deployment, and honours the ignore annotation', () => {
    const lines = [
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  selector:',
      '    matchLabels: {app: web}',
      '  template:',
      '    metadata:',
      '      labels: {app: web}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: nginx:1.27',
      '          ports: [{containerPort: 80}]',
      '        - name: proxy',
      '          image: envoy:1.30',
      '          ports: [{containerPort: 80}]',
    ];
    const [f] = findingsOf(yaml(...lines), 'port-clash');
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[1].ports[0].containerPort',
      line: 18,
      column: 35,
      suppressed: false,
    });
    const ignored = [
      ...lines.slice(0, 4),
      '  annotations:',
      '    podscope.io/ignore: "port-clash:proxy # proxy binds 80 only in tests"',
      ...lines.slice(4),
    ];
    const [s] = findingsOf(yaml(...ignored), 'port-clash');
    expect(s).toMatchObject({ suppressed: true, suppressReason: 'proxy binds 80 only in tests' });
  });
});
