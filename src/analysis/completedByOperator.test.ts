// Pod specs an operator completes (RULES.md): a pod template inside a custom resource is an
// override, and a custom resource that lists containers in its own spec is read in part.
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { buildGraph } from '../graph/build';
import { toJson, type JsonReport } from '../report/json';

// ECK: the operator supplies the image and the volumes it mounts.
const ELASTICSEARCH = `apiVersion: elasticsearch.k8s.elastic.co/v1
kind: Elasticsearch
metadata:
  name: quickstart
spec:
  version: 8.15.0
  nodeSets:
    - name: default
      count: 1
      podTemplate:
        spec:
          containers:
            - name: elasticsearch
              resources:
                requests: {memory: 2Gi, cpu: 1}
                limits: {memory: 2Gi}
              volumeMounts:
                - name: elasticsearch-data
                  mountPath: /usr/share/elasticsearch/data
              ports:
                - containerPort: 70000
`;

// Prometheus: containers at the root of its spec; spec.resources belongs to its main container.
const PROMETHEUS = `apiVersion: monitoring.coreos.com/v1
kind: Prometheus
metadata:
  name: k8s
spec:
  replicas: 2
  serviceMonitorSelector: {}
  resources:
    requests: {memory: 400Mi}
  securityContext:
    runAsNonRoot: true
  containers:
    - name: config-reloader
      resources:
        limits: {memory: 50Mi}
      volumeMountss: []
  volumes:
    - name: extra
      emptyDir: {}
`;

const rules = (text: string) => analyze(text).findings.map((f) => `${f.ruleId} ${f.path}`);

describe('a pod template inside a custom resource', () => {
  it('is an override: no required-field or volume-existence errors, the other checks hold', () => {
    const found = rules(ELASTICSEARCH);
    expect(found.filter((f) => f.startsWith('missing-required'))).toEqual([]);
    expect(found.filter((f) => f.startsWith('volume-not-found'))).toEqual([]);
    expect(found).toContain(
      'invalid-port-number spec.nodeSets[0].podTemplate.spec.containers[0].ports[0].containerPort',
    );
    const result = analyze(ELASTICSEARCH);
    expect(result.workloads[0].ref.completedBy).toBe('override');
  });

  it('still gets the required-field errors a built-in workload gets', () => {
    const deployment = ELASTICSEARCH.replace(
      /^apiVersion[\s\S]*?podTemplate:\n/,
      'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: es}\nspec:\n  selector: {matchLabels: {app: es}}\n  template:\n    metadata: {labels: {app: es}}\n',
    ).replace(/^ {6}/gm, '  ');
    const found = rules(deployment);
    expect(found.some((f) => f.startsWith('missing-required'))).toBe(true);
    expect(found.some((f) => f.startsWith('volume-not-found'))).toBe(true);
  });
});

describe('a custom resource with containers in its own spec', () => {
  it('is read in part: its containers and volumes, nothing else of its spec', () => {
    const result = analyze(PROMETHEUS);
    expect(result.workloads).toHaveLength(1);
    const w = result.workloads[0];
    expect(w.ref.completedBy).toBe('partial');
    expect(w.model.containers.map((c) => c.name)).toEqual(['config-reloader']);
    expect(w.model.volumes.map((v) => v.name)).toEqual(['extra']);
    // spec.resources (400Mi) is the operator's main container's, not this pod spec's: the
    // effective request is the config-reloader's limit, defaulted into its request (50Mi).
    expect(w.effective.requests.memory).toEqual({ num: 50n * 1024n * 1024n, den: 1n });
    const found = rules(PROMETHEUS);
    expect(found).toContain('unknown-field spec.containers[0].volumeMountss');
    expect(
      found.filter((f) =>
        /unknown-field spec\.(replicas|serviceMonitorSelector|resources)/.test(f),
      ),
    ).toEqual([]);
    expect(found.filter((f) => f.startsWith('missing-required'))).toEqual([]);
  });

  it('is marked partial in the JSON report', () => {
    const report = JSON.parse(
      toJson([{ file: 'p.yaml', result: analyze(PROMETHEUS) }]),
    ) as JsonReport;
    expect(report.files[0].workloads[0]).toMatchObject({ kind: 'Prometheus', partial: true });
    const es = JSON.parse(
      toJson([{ file: 'e.yaml', result: analyze(ELASTICSEARCH) }]),
    ) as JsonReport;
    expect(es.files[0].workloads[0]).not.toHaveProperty('partial');
  });

  it('marks the pod frame partial, so the page can say its QoS and Pod Security are', () => {
    const frame = (text: string) =>
      buildGraph(analyze(text), 0).nodes.find((n) => n.kind === 'pod');
    expect(frame(PROMETHEUS)).toMatchObject({ partial: true });
    expect(frame(ELASTICSEARCH)).not.toHaveProperty('partial');
  });
});
