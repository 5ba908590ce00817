import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { buildGraph } from '../../src/graph/build';
import { relatedFindings } from './related';
import { resolveTarget, targetKey, type Target } from '../state/target';

// Two app containers on one port, one rw emptyDir mounted by both, an invalid restartPolicy.
const text = `apiVersion: v1
kind: Pod
metadata: { name: shop }
spec:
  restartPolicy: Sometimes
  containers:
    - name: web
      image: nginx:1.27
      ports: [{ containerPort: 8080 }]
      resources: { limits: { cpu: 500m, memory: 256Mi } }
      volumeMounts:
        - { name: data, mountPath: /data }
    - name: debug
      image: busybox:1.36
      ports: [{ containerPort: 8080 }]
      resources: { limits: { cpu: 100m, memory: 64Mi } }
      volumeMounts:
        - { name: data, mountPath: /logs, subPath: logs }
  volumes:
    - name: data
      emptyDir: {}
`;
const result = analyze(text);
const graph = buildGraph(result, 0);

function rulesAt(target: Target | undefined): string[] {
  if (!target) throw new Error('no target');
  return relatedFindings(result, 0, graph, target).map((e) => e.finding.ruleId);
}

describe('resolveTarget', () => {
  it('falls back to the pod frame when nothing (or something gone) is selected', () => {
    expect(resolveTarget(result, graph, null)).toMatchObject({ kind: 'node', node: { id: 'pod' } });
    expect(resolveTarget(result, graph, { kind: 'node', id: 'container:gone' })).toMatchObject({
      node: { id: 'pod' },
    });
  });

  it('finds a port chip by its key and a mount edge by its id', () => {
    const port = resolveTarget(result, graph, { kind: 'port', key: 'port:debug:8080/TCP' });
    expect(port).toMatchObject({ kind: 'port', chip: { container: 'debug', clash: true } });
    const mount = resolveTarget(result, graph, { kind: 'edge', id: 'mount:debug:data:0' });
    expect(mount).toMatchObject({ kind: 'mount', edge: { mountPath: '/logs', subPath: 'logs' } });
  });

  it('names targets the same way across analyses of the same text', () => {
    const again = analyze(text);
    const g2 = buildGraph(again, 0);
    const s = { kind: 'edge', id: 'mount:debug:data:0' } as const;
    const a = resolveTarget(result, graph, s);
    const b = resolveTarget(again, g2, s);
    expect(a && targetKey(a)).toBe('edge:mount:debug:data:0');
    expect(a && targetKey(a)).toBe(b && targetKey(b));
    expect(a).not.toBe(b);
  });

  it('finds a finding by its index in the result', () => {
    const i = result.findings.findIndex((f) => f.ruleId === 'port-clash');
    expect(resolveTarget(result, graph, { kind: 'finding', index: i })).toMatchObject({
      kind: 'finding',
      index: i,
      finding: { ruleId: 'port-clash' },
    });
  });
});

describe('relatedFindings', () => {
  const node = (id: string) => resolveTarget(result, graph, { kind: 'node', id });

  it('gives a container the findings that name it', () => {
    const web = rulesAt(node('container:web'));
    // Both containers bind 8080 in one network namespace; both write the shared emptyDir.
    expect(web).toContain('port-clash');
    expect(web).toContain('shared-writable-volume');
    expect(web).toContain('emptydir-no-size-limit');
    expect(web).not.toContain('invalid-restart-policy');
  });

  it('gives the volume only its own findings', () => {
    expect(rulesAt(node('volume:data')).sort()).toEqual([
      'emptydir-no-size-limit',
      'shared-writable-volume',
    ]);
  });

  it('gives the network hub and the clashing chip the port clash', () => {
    expect(rulesAt(node('namespace:network'))).toEqual(['port-clash']);
    expect(
      rulesAt(resolveTarget(result, graph, { kind: 'port', key: 'port:web:8080/TCP' })),
    ).toEqual(['port-clash']);
  });

  it('gives the pod the findings about no element of it', () => {
    expect(rulesAt(node('pod'))).toEqual(['invalid-restart-policy']);
  });

  it('gives a mount edge the findings about its container and volume together', () => {
    const mount = resolveTarget(result, graph, { kind: 'edge', id: 'mount:web:data:0' });
    expect(rulesAt(mount).sort()).toEqual(['emptydir-no-size-limit', 'shared-writable-volume']);
  });
});
