import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { findWorkload, hasSyntaxErrors, workloadAtOffset, workloadKey } from './view';

const two = `apiVersion: v1
kind: Pod
metadata: {name: first}
spec:
  containers:
  - {name: web, image: "nginx:1.27", ports: [{containerPort: 8080}]}
  - {name: debug-tool, image: "busybox:1.36", ports: [{containerPort: 8080}]}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: second}
spec:
  template:
    spec:
      containers: [{name: app, image: "nginx:1.27"}]
`;

describe('page view helpers', () => {
  it('keeps the chosen workload when documents move', () => {
    const before = analyze(two);
    const key = workloadKey(before, 1);
    const after = analyze(`apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n---\n${two}`);
    expect(findWorkload(after, key, 1)).toBe(1);
    expect(after.workloads[findWorkload(after, key, 1)].ref.name).toBe('second');
  });

  it('falls back to a valid index when the workload is gone', () => {
    const r = analyze(two);
    expect(findWorkload(r, '9:Job/none:spec', 5)).toBe(1);
    expect(findWorkload(analyze('kind: ConfigMap'), '', 0)).toBe(-1);
  });

  it('says which workload a cursor offset is in', () => {
    const r = analyze(two);
    expect(workloadAtOffset(r, two.indexOf('debug-tool'))).toBe(0);
    expect(workloadAtOffset(r, two.indexOf('second'))).toBe(1);
  });

  it('notices syntax errors', () => {
    expect(hasSyntaxErrors(analyze('a: [1'))).toBe(true);
    expect(hasSyntaxErrors(analyze(two))).toBe(false);
  });
});
