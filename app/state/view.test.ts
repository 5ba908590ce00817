import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { chooseDrawn, findWorkload, hasSyntaxErrors, workloadAtOffset, workloadKey } from './view';

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

const pod = (name: string, image = 'nginx:1.27') =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers: [{name: app, image: "${image}"}]\n`;
// A duplicate key: the document does not parse, though its kind and name still read.
const broken = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers: []\n  containers: []\n`;

describe('chooseDrawn: only what is broken is stale', () => {
  it('draws the current text when it parses', () => {
    const now = analyze(two);
    expect(chooseDrawn(now, null, '', 0)).toEqual({ result: now, workload: 0, stale: false });
  });

  it("draws the first workload that parses, never the previous text's", () => {
    const before = analyze(pod('pod-demo'));
    const now = analyze([broken('other'), pod('b'), pod('c')].join('---\n'));
    expect(hasSyntaxErrors(now)).toBe(true);
    const drawn = chooseDrawn(now, before, '', 0);
    expect(drawn.result).toBe(now);
    expect(drawn.stale).toBe(false);
    expect(now.workloads[drawn.workload].ref.name).toBe('b');
  });

  it('draws the wanted workload from the current text when its own document parses', () => {
    const good = analyze([pod('a'), pod('b')].join('---\n'));
    const key = workloadKey(good, 1);
    const now = analyze([broken('a'), pod('b', 'nginx:1.28')].join('---\n'));
    const drawn = chooseDrawn(now, good, key, 1);
    expect(drawn).toMatchObject({ result: now, stale: false });
    expect(now.workloads[drawn.workload].ref.name).toBe('b');
  });

  it('draws a workload whose document broke as it last parsed, marked stale', () => {
    const good = analyze([pod('a'), pod('b')].join('---\n'));
    const key = workloadKey(good, 0);
    const now = analyze([broken('a'), pod('b')].join('---\n'));
    expect(chooseDrawn(now, good, key, 0)).toEqual({ result: good, workload: 0, stale: true });
    // The same when nothing was picked: the first workload is the broken one.
    expect(chooseDrawn(now, good, '', 0)).toEqual({ result: good, workload: 0, stale: true });
  });

  it('finds the broken document by its place when its name no longer reads', () => {
    const good = analyze(pod('solo'));
    const now = analyze('apiVersion: v1\nkind: Pod\nmetadata: {name: [so\n');
    expect(chooseDrawn(now, good, '', 0)).toEqual({ result: good, workload: 0, stale: true });
  });

  it('does not take a broken document of another kind for the earlier workload', () => {
    const good = analyze([pod('pod-demo'), 'kind: ConfigMap\nmetadata: {name: c}\n'].join('---\n'));
    const template = 'kind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-config\n';
    const now = analyze([template, pod('web')].join('---\n'));
    const drawn = chooseDrawn(now, good, '', 0);
    expect(drawn).toMatchObject({ result: now, stale: false });
    expect(now.workloads[drawn.workload].ref.name).toBe('web');
  });

  it('draws nothing when nothing ever parsed', () => {
    const now = analyze('a: [1');
    expect(chooseDrawn(now, null, '', 0)).toEqual({ result: now, workload: -1, stale: false });
  });
});
