import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { documentText } from './result';

const deployment = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  annotations:
    podscope.io/ignore: "latest-tag:web # pinned by the release pipeline, privilege-escalation"
spec:
  template:
    spec:
      containers:
      - name: web
        image: nginx
        volumeMounts: [{name: cfg, mountPath: /etc/nginx/conf.d}]
      volumes:
      - name: cfg
        configMap: {name: web-config}
---
apiVersion: v1
kind: ConfigMap
metadata: {name: other-config}
`;

describe('analyze', () => {
  it('reads each document from the piece that holds it', () => {
    const text = `${deployment}---\n---\nkind: Pod\nmetadata: {name: last}\n`;
    const r = analyze(text);
    expect(r.pieces.map((p) => p.text).join('')).toBe(text);
    expect(r.documents).toHaveLength(4);
    for (const d of r.documents) expect(documentText(r, d)).toBe(text.slice(d.offset, d.endOffset));
  });

  it('lists every document and the workloads among them', () => {
    const r = analyze(deployment);
    expect(r.documents.map((d) => [d.kind, d.name, d.workload, d.line])).toEqual([
      ['Deployment', 'web', true, 1],
      ['ConfigMap', 'other-config', false, 18],
    ]);
    expect(r.workloads.map((w) => [w.ref.kind, w.ref.name, w.podSpecPath])).toEqual([
      ['Deployment', 'web', 'spec.template.spec'],
    ]);
  });

  it('places a finding found after the whole input was read (a missing ConfigMap) at its token', () => {
    const f = analyze(deployment).findings.find((x) => x.ruleId === 'unresolved-reference');
    expect(f).toMatchObject({
      document: 0,
      line: 16,
      column: 27,
      path: 'spec.template.spec.volumes[0].configMap.name',
      workload: 0,
    });
  });

  it('marks findings named in the ignore annotation as suppressed, with the reason, and keeps them', () => {
    const latest = analyze(deployment).findings.find((x) => x.ruleId === 'latest-tag');
    expect(latest).toMatchObject({
      suppressed: true,
      suppressReason: 'pinned by the release pipeline, privilege-escalation',
    });
    const escalation = analyze(deployment).findings.find(
      (x) => x.ruleId === 'privilege-escalation',
    );
    expect(escalation?.suppressed).toBe(false);
  });

  it('sorts findings by document, line, column and rule id', () => {
    const fs = analyze(deployment).findings;
    const keys = fs.map((f) => [f.document, f.line, f.column, f.ruleId] as const);
    const sorted = [...keys].sort(
      (a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2] || a[3].localeCompare(b[3]),
    );
    expect(keys).toEqual(sorted);
  });

  it('analyses kind: List items with item paths and their list document index', () => {
    const text = `apiVersion: v1
kind: List
items:
- apiVersion: v1
  kind: Pod
  metadata: {name: a}
  spec:
    containers: [{name: a, image: "busybox:1.36", ports: [{containerPort: 80}, {containerPort: 80}]}]
`;
    const r = analyze(text);
    expect(r.workloads[0].podSpecPath).toBe('items[0].spec');
    const clash = r.findings.find((f) => f.ruleId === 'port-clash');
    expect(clash).toMatchObject({
      document: 0,
      path: 'items[0].spec.containers[0].ports[1].containerPort',
      line: 8,
    });
  });

  it('computes the QoS class and effective resources of each workload', () => {
    const text = `apiVersion: v1
kind: Pod
metadata: {name: q}
spec:
  initContainers:
  - {name: init, image: "busybox:1.36", resources: {limits: {cpu: "2", memory: 1Gi}}}
  containers:
  - {name: app, image: "nginx:1.27", resources: {limits: {cpu: 500m, memory: 256Mi}}}
`;
    const [w] = analyze(text).workloads;
    expect(w.qosClass).toBe('Guaranteed');
    expect(Object.keys(w.effective.requests).sort()).toEqual(['cpu', 'memory']);
    // the init container's 2 CPUs outweigh the app's 500m: the pod is scheduled for 2
    expect(w.effective.requests.cpu).toEqual({ num: 2n, den: 1n });
  });

  it('never throws and keeps an empty input empty', () => {
    expect(analyze('').findings).toEqual([]);
    expect(analyze('\u0000\u0001binary').documents.length).toBeGreaterThan(0);
  });
});
