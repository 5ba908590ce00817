import { describe, expect, it } from 'vitest';
import { drawn } from '../../src/testing/graph';
import { resolveTarget } from '../state/target';
import type { Selection } from '../state/types';
import { sceneFor } from './scene';

// A GPU worker and a reader sharing a hostPath read-write, a ConfigMap in the same input, and
// an init container that mounts the hostPath too.
const text = `apiVersion: v1
kind: Pod
metadata: { name: trainer, namespace: ml }
spec:
  initContainers:
    - name: fetch
      image: busybox:1.36
      volumeMounts: [{ name: scratch, mountPath: /scratch }]
  containers:
    - name: worker
      image: pytorch/pytorch:2.4.0
      resources: { limits: { nvidia.com/gpu: 1, memory: 8Gi } }
      volumeMounts:
        - { name: scratch, mountPath: /scratch }
        - { name: settings, mountPath: /etc/trainer }
    - name: reader
      image: busybox:1.36
      volumeMounts: [{ name: scratch, mountPath: /in }]
  volumes:
    - { name: scratch, hostPath: { path: /mnt/scratch } }
    - { name: settings, configMap: { name: trainer-config } }
---
apiVersion: v1
kind: ConfigMap
metadata: { name: trainer-config, namespace: ml }
data: { a: b }
`;
const { result, graph, workload: w } = drawn(text);

function scene(s: Selection) {
  const target = resolveTarget(result, graph, s);
  if (!target) throw new Error('no target');
  return sceneFor(w, graph, target);
}

describe('sceneFor', () => {
  it('knows which containers keep running, whatever is inspected', () => {
    expect(scene({ kind: 'node', id: 'pod' }).running).toEqual(['worker', 'reader']);
  });

  it('gives a volume every mount of it, the init container’s included', () => {
    const s = scene({ kind: 'node', id: 'volume:scratch' });
    expect(s.mounts.map((m) => `${m.container}:${m.path}`)).toEqual([
      'fetch:/scratch',
      'worker:/scratch',
      'reader:/in',
    ]);
    expect(s.volume).toEqual({ name: 'scratch', type: 'hostPath', reference: '/mnt/scratch' });
  });

  it('gives a container its own mounts and its extended resources', () => {
    const s = scene({ kind: 'node', id: 'container:worker' });
    expect(s.focus).toEqual(['worker']);
    expect(s.mounts.map((m) => m.path)).toEqual(['/scratch', '/etc/trainer']);
    expect(s.extended).toEqual(['nvidia.com/gpu']);
  });

  it('follows a ConfigMap object back to the volume that refers to it and its mounts', () => {
    const object = graph.nodes.find((n) => n.kind === 'object');
    if (!object) throw new Error('no object node');
    const s = scene({ kind: 'node', id: object.id });
    expect(s.volume).toEqual({ name: 'settings', type: 'configMap', reference: 'trainer-config' });
    expect(s.mounts.map((m) => `${m.container}:${m.path}`)).toEqual(['worker:/etc/trainer']);
  });

  it('scopes a finding to the containers and volumes it names', () => {
    const index = result.findings.findIndex((f) => f.ruleId === 'extended-resource-per-container');
    expect(index).toBeGreaterThanOrEqual(0);
    const gpu = scene({ kind: 'finding', index });
    expect(gpu.focus).toEqual(['worker']);
    expect(gpu.extended).toEqual(['nvidia.com/gpu']);

    const shared = result.findings.findIndex((f) => f.ruleId === 'shared-writable-volume');
    expect(shared).toBeGreaterThanOrEqual(0);
    const s = scene({ kind: 'finding', index: shared });
    expect(s.volume?.name).toBe('scratch');
    expect(s.mounts.every((m) => m.volume === 'scratch')).toBe(true);
  });
});
