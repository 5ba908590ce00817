import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze';
import { buildGraph } from '../../src/graph/build';
import type { Selection } from '../state/types';
import { resolveTarget } from './target';
import { verifyCommands } from './verify';

// An init container, an app writing a shared emptyDir, and a log shipper reading it read-only.
const text = `apiVersion: v1
kind: Pod
metadata: { name: pod-demo, namespace: shop }
spec:
  initContainers:
    - { name: migrate, image: flyway/flyway:10, ports: [{ containerPort: 9000 }] }
  containers:
    - name: app
      image: nginx:1.27
      ports: [{ containerPort: 8080 }]
      resources: { limits: { cpu: 500m, memory: 256Mi } }
      volumeMounts: [{ name: data, mountPath: /data }]
    - name: log-shipper
      image: busybox:1.36
      volumeMounts: [{ name: data, mountPath: /logs, readOnly: true }]
  volumes:
    - { name: data, emptyDir: { sizeLimit: 500Mi } }
`;
const result = analyze(text);
const w = result.workloads[0];
const graph = buildGraph(result, 0);
const commands = (s: Selection | null) => {
  const target = resolveTarget(result, graph, s);
  if (!target) throw new Error('no target');
  return verifyCommands(w, graph, target).map((c) => c.command);
};

describe('verifyCommands', () => {
  it('asks the cluster for the pod’s QoS class', () => {
    expect(commands(null)).toEqual([
      "kubectl get pod -n shop pod-demo -o 'jsonpath={.status.qosClass}'",
    ]);
  });

  it('reaches a port over localhost from another running container', () => {
    expect(commands({ kind: 'port', key: 'port:app:8080/TCP' })).toEqual([
      'kubectl exec -n shop pod-demo -c log-shipper -- curl -s localhost:8080',
      'kubectl port-forward pod-demo 8080',
    ]);
  });

  it('lists a volume from each container that mounts it, and how full an emptyDir is', () => {
    expect(commands({ kind: 'node', id: 'volume:data' })).toEqual([
      'kubectl exec -n shop pod-demo -c app -- ls -l /data',
      'kubectl exec -n shop pod-demo -c log-shipper -- ls -l /logs',
      'kubectl exec -n shop pod-demo -c app -- df -h /data',
    ]);
  });

  it('shows that a read-only mount refuses writes', () => {
    expect(commands({ kind: 'edge', id: 'mount:log-shipper:data:0' })).toEqual([
      'kubectl exec -n shop pod-demo -c log-shipper -- ls -l /logs',
      'kubectl exec -n shop pod-demo -c log-shipper -- touch /logs/.probe',
    ]);
  });

  it('never execs into an init container: it has exited; its logs remain', () => {
    expect(commands({ kind: 'node', id: 'container:migrate' })).toEqual([
      'kubectl logs -n shop pod-demo -c migrate',
    ]);
  });

  it('prints the hostname from each running container', () => {
    expect(commands({ kind: 'node', id: 'namespace:uts' })).toEqual([
      'kubectl exec -n shop pod-demo -c app -- hostname',
      'kubectl exec -n shop pod-demo -c log-shipper -- hostname',
    ]);
  });

  it('reads the container’s cgroup memory limit when it has one', () => {
    expect(commands({ kind: 'node', id: 'container:app' })).toContain(
      'kubectl exec -n shop pod-demo -c app -- cat /sys/fs/cgroup/memory.max',
    );
    expect(commands({ kind: 'node', id: 'container:log-shipper' }).join('\n')).not.toContain(
      'memory.max',
    );
  });
});
