import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'host-path-volume';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: builder', 'spec:', ...spec);

// One hostPath volume `host` at `path`, mounted by one container, read-only or not.
function mounted(path: string, readOnly: boolean): string {
  return pod(
    '  containers:',
    `    - {name: app, image: app:2, volumeMounts: [{name: host, mountPath: /host, readOnly: ${readOnly}}]}`,
    '  volumes:',
    `    - {name: host, hostPath: {path: "${path}"}}`,
  );
}

describe(ID, () => {
  it('calls out the container runtime socket, even mounted read-only', () => {
    const text = pod(
      '  containers:',
      '    - name: builder',
      '      image: docker:27',
      '      volumeMounts:',
      '        - {name: docker, mountPath: /var/run/docker.sock, readOnly: true}',
      '  volumes:',
      '    - name: docker',
      '      hostPath:',
      '        path: /var/run/docker.sock',
      '        type: Socket',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.volumes[0].hostPath.path',
      line: 14,
      column: 15,
      volumes: ['docker'],
      containers: ['builder'],
    });
    expect(found[0].message).toContain('container runtime endpoint /var/run/docker.sock');
    expect(found[0].message).toContain('readOnly does not stop connecting');
  });

  it('has a message for each case: runtime socket, sensitive, sensitive and writable, writable, plain', () => {
    const message = (path: string, readOnly: boolean): string =>
      findingsOf(mounted(path, readOnly), ID)[0].message;
    expect(message('/run/containerd/containerd.sock', true)).toContain(
      'container runtime endpoint',
    );
    expect(message('/var/run/crio/crio.sock', true)).toContain('container runtime endpoint');
    expect(message('/etc', true)).toContain('exposes the node’s /etc');
    expect(message('/proc/sys/net', true)).toContain('exposes the node’s /proc/sys/net');
    expect(message('/var/lib/kubelet/', false)).toContain(
      'writable (in app): the container can change the node itself',
    );
    expect(message('/', false)).toContain('take over the node');
    expect(message('/var/log/app', false)).toContain(
      'writable (in app): files written there outlive the pod',
    );
    expect(message('/opt/models', true)).toContain('depends on what each node has at that path');
  });

  it('is silent for volumes that are not hostPath', () => {
    const text = pod(
      '  containers: [{name: app, image: app:2, volumeMounts: [{name: data, mountPath: /var/run/app}]}]',
      '  volumes:',
      '    - {name: data, emptyDir: {sizeLimit: 1Gi}}',
      '    - {name: etc, configMap: {name: etc}}',
    );
    expect(findingsOf(text, ID)).toEqual([]);
  });

  it('uses the template path of a DaemonSet', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: DaemonSet',
      'metadata: {name: logs}',
      'spec:',
      '  selector: {matchLabels: {app: logs}}',
      '  template:',
      '    metadata: {labels: {app: logs}}',
      '    spec:',
      '      containers:',
      '        - {name: shipper, image: fluent-bit:3.2, volumeMounts: [{name: varlog, mountPath: /var/log, readOnly: true}]}',
      '      volumes:',
      '        - name: varlog',
      '          hostPath: {path: /var/log}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.template.spec.volumes[0].hostPath.path',
      line: 13,
      column: 28,
      volumes: ['varlog'],
    });
    expect(f.message).toContain('/var/log');
  });
});
