import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze';
import { elementRanges, targetsOf } from './sideRanges';

const A = `apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
    - name: app
      image: shop:1
      resources:
        limits:
          memory: 512Mi
      volumeMounts:
        - name: cache
          mountPath: /cache
  volumes:
    - name: cache
      emptyDir: {}
`;

// In B a ConfigMap comes first and every line of the pod moves down: no matching by line.
const B = `apiVersion: v1
kind: ConfigMap
metadata:
  name: settings
---
apiVersion: v1
kind: Pod
metadata:
  name: shop
spec:
  containers:
    - name: istio-proxy
      image: proxyv2:1
    - name: app
      image: shop:1
      resources:
        limits:
          memory: 256Mi
`;

const a = analyze(A);
const b = analyze(B);
const rangesA = elementRanges(a, 0);
const rangesB = elementRanges(b, 0);
const textOf = (text: string, r: { from: number; to: number } | undefined) =>
  r ? text.slice(r.from, r.to) : undefined;

describe('targetsOf', () => {
  it('finds a container by name in both versions, wherever its text is', () => {
    const t = targetsOf({ kind: 'node', id: 'container:app' }, rangesA, rangesB);
    expect(textOf(A, t.a)).toContain('memory: 512Mi');
    expect(textOf(B, t.b)).toContain('memory: 256Mi');
    expect(textOf(B, t.b)).not.toContain('istio-proxy');
  });

  it('gives a removed volume an A side only', () => {
    const t = targetsOf({ kind: 'node', id: 'volume:cache' }, rangesA, rangesB);
    expect(textOf(A, t.a)).toContain('emptyDir');
    expect(t.b).toBeUndefined();
  });

  it('gives an added container a B side only', () => {
    const t = targetsOf({ kind: 'node', id: 'container:istio-proxy' }, rangesA, rangesB);
    expect(t.a).toBeUndefined();
    expect(textOf(B, t.b)).toContain('proxyv2:1');
  });

  it('has no targets for a finding or no selection', () => {
    expect(targetsOf({ kind: 'finding', index: 0 }, rangesA, rangesB)).toEqual({});
    expect(targetsOf(null, rangesA, rangesB)).toEqual({});
  });

  it('has no ranges without a workload', () => {
    expect(elementRanges(a, undefined)).toEqual([]);
    expect(elementRanges(a, 5)).toEqual([]);
  });
});
