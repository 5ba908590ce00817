import { describe, expect, it } from 'vitest';
import type { NamespaceNode } from '../../src/graph/types';
import { drawn } from '../../src/testing/graph';
import {
  containerMounts,
  namespaceMembers,
  portPartners,
  sharedNamespaces,
  sharedVolumes,
  volumeMounts,
} from './sharing';

// The seed's shared volume at different paths, a config only the agent reads, a port clash,
// and shareProcessNamespace so that a PID hub exists.
const text = `apiVersion: v1
kind: Pod
metadata: { name: pod-demo }
spec:
  shareProcessNamespace: true
  containers:
    - name: app
      image: nginx:1.27
      ports: [{ containerPort: 8080 }]
      volumeMounts:
        - { name: shared-data, mountPath: /data }
        - { name: shared-data, mountPath: /tmp/run, subPathExpr: $(POD_NAME) }
    - name: log-shipper
      image: busybox:1.36
      volumeMounts: [{ name: shared-data, mountPath: /logs, readOnly: true }]
    - name: agent
      image: prom/prometheus:v3.5.0
      ports: [{ containerPort: 8080 }, { containerPort: 9090 }]
      volumeMounts:
        - { name: config, mountPath: /etc/prom, readOnly: true }
        - { name: missing, mountPath: /x }
  volumes:
    - { name: shared-data, emptyDir: {} }
    - { name: config, configMap: { name: prom-config } }
`;
const {
  graph,
  workload: { model },
} = drawn(text);
const container = (name: string) => {
  const c = model.containers.find((x) => x.name === name);
  if (!c) throw new Error(name);
  return c;
};

describe('mount tables', () => {
  it('lists a container’s mounts with ro/rw, subPath and unknown volumes', () => {
    expect(containerMounts(model, container('app'))).toEqual([
      { container: 'app', volume: 'shared-data', mountPath: '/data', readOnly: false, found: true },
      {
        container: 'app',
        volume: 'shared-data',
        mountPath: '/tmp/run',
        readOnly: false,
        subPath: 'expr: $(POD_NAME)',
        found: true,
      },
    ]);
    expect(containerMounts(model, container('agent'))[1]).toMatchObject({
      volume: 'missing',
      found: false,
    });
  });

  it('lists every mount of a volume across containers', () => {
    expect(volumeMounts(model, 'shared-data').map((r) => `${r.container}:${r.mountPath}`)).toEqual([
      'app:/data',
      'app:/tmp/run',
      'log-shipper:/logs',
    ]);
  });

  it('says which volumes a container shares and with whom', () => {
    const shared = sharedVolumes(model, container('log-shipper'));
    expect(shared.map((s) => s.volume)).toEqual(['shared-data']);
    expect(shared[0].others.map((r) => r.mountPath)).toEqual(['/data', '/tmp/run']);
    // The config volume is the agent's alone.
    expect(sharedVolumes(model, container('agent'))).toEqual([]);
  });
});

describe('namespaces and ports', () => {
  it('puts every container in network, IPC, UTS and the shared PID namespace', () => {
    const shared = sharedNamespaces(graph, 'container:app');
    expect(shared.map((s) => s.hub.name)).toEqual(['network', 'ipc', 'uts', 'pid']);
    expect(shared[0].others).toEqual(['log-shipper', 'agent']);
    expect(namespaceMembers(graph, 'namespace:pid')).toEqual(['app', 'log-shipper', 'agent']);
  });

  it('finds whom a port clashes with', () => {
    const hub = graph.nodes.find((n): n is NamespaceNode => n.id === 'namespace:network');
    if (!hub?.ports) throw new Error('no network hub');
    const appChip = hub.ports.find((c) => c.container === 'app');
    if (!appChip) throw new Error('no chip');
    expect(appChip.clash).toBe(true);
    expect(portPartners(hub, appChip).map((c) => `${c.container}:${c.port}`)).toEqual([
      'agent:8080',
    ]);
    const metrics = hub.ports.find((c) => c.port === 9090);
    expect(metrics && portPartners(hub, metrics)).toEqual([]);
  });
});
