import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze';
import { buildGraph } from '../../../src/graph/build';
import { SEVERITY_RANK } from '../../../src/types';
import { walkFindings } from './walkFindings';
import { moveTo, placeOf, walkSteps, type WalkStep } from './walkSteps';

// Every kind of container: an init container and a native sidecar declared in that order, two
// app containers sharing an emptyDir, an ephemeral debugger; a ConfigMap volume only one
// container mounts; a port clash, missing limits and an invalid restartPolicy to find; and a
// second pod whose findings are its own.
const POD = `apiVersion: v1
kind: Pod
metadata: { name: shop }
spec:
  restartPolicy: Sometimes
  initContainers:
    - name: migrate
      image: flyway/flyway:10
      resources: { limits: { cpu: 200m, memory: 128Mi } }
      volumeMounts:
        - { name: config, mountPath: /flyway/conf }
    - name: proxy
      image: envoyproxy/envoy:v1.31
      restartPolicy: Always
      ports: [{ containerPort: 8080 }]
      resources: { limits: { cpu: 100m, memory: 64Mi } }
  containers:
    - name: web
      image: nginx:1.27
      ports: [{ containerPort: 8080 }]
      resources: { limits: { cpu: 500m, memory: 256Mi } }
      volumeMounts:
        - { name: data, mountPath: /data }
    - name: shipper
      image: busybox:1.36
      volumeMounts:
        - { name: data, mountPath: /logs, readOnly: true }
  ephemeralContainers:
    - name: debugger
      image: busybox:1.36
      targetContainerName: web
  volumes:
    - name: data
      emptyDir: {}
    - name: config
      configMap: { name: flyway }
---
apiVersion: v1
kind: Pod
metadata: { name: other }
spec:
  containers:
    - name: lonely
      image: busybox:1.36
`;

const result = analyze(POD);
const graph = buildGraph(result, 0);
const findings = walkFindings(result, 0);
const steps = walkSteps(graph, findings);

const keys = (s: readonly WalkStep[]) => s.map((x) => x.key);
const ofKind = (kind: WalkStep['kind']) => steps.filter((s) => s.kind === kind);

describe('walkSteps', () => {
  it('starts with the whole pod, then the network hub', () => {
    expect(steps[0]).toEqual({ kind: 'overview', key: 'overview', nodes: [] });
    expect(steps[1]).toMatchObject({ kind: 'hub', nodes: ['namespace:network'] });
  });

  it('visits every container in run order: init and sidecar as declared, app, ephemeral', () => {
    expect(keys(ofKind('container'))).toEqual([
      'container:migrate',
      'container:proxy',
      'container:web',
      'container:shipper',
      'container:debugger',
    ]);
    expect(steps.slice(2, 7).map((s) => s.kind)).toEqual(Array(5).fill('container'));
  });

  it('visits only the volumes two or more containers mount', () => {
    expect(keys(ofKind('volume'))).toEqual(['volume:data']);
    expect(steps[7]).toMatchObject({ kind: 'volume', nodes: ['volume:data'] });
  });

  it('ends with the findings, errors first, each fitted to the elements it names', () => {
    const found = ofKind('finding');
    expect(found.length).toBe(findings.length);
    expect(steps.slice(8)).toEqual(found);
    const ranks = found.map((s) => (s.kind === 'finding' ? SEVERITY_RANK[s.finding.severity] : -1));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(ranks).size).toBe(3);
    const clash = found.find((s) => s.kind === 'finding' && s.finding.ruleId === 'port-clash');
    expect(clash?.nodes).toEqual(
      expect.arrayContaining(['container:proxy', 'container:web', 'namespace:network']),
    );
  });

  it('shows a finding about the pod as a whole on the whole pod', () => {
    const policy = ofKind('finding').find(
      (s) => s.kind === 'finding' && s.finding.path.endsWith('restartPolicy'),
    );
    expect(policy).toBeDefined();
    expect(policy?.nodes).toEqual([]);
  });

  it('gives every step its own key', () => {
    expect(new Set(keys(steps)).size).toBe(steps.length);
  });

  it('leaves suppressed findings out', () => {
    const suppressed = findings.map((f) => ({ ...f, suppressed: true }));
    expect(walkSteps(graph, suppressed).some((s) => s.kind === 'finding')).toBe(false);
  });

  it('walks a pod without findings through its elements only', () => {
    expect(keys(walkSteps(graph))).toEqual(keys(steps.slice(0, 8)));
  });
});

describe('walkFindings', () => {
  it('takes the drawn workload’s findings, not another document’s', () => {
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.document === 0 && !f.suppressed)).toBe(true);
    const other = walkFindings(result, 1);
    expect(other.length).toBeGreaterThan(0);
    expect(other.every((f) => f.document === 1)).toBe(true);
    expect(walkFindings(result, 7)).toEqual([]);
  });
});

describe('moving through the walk', () => {
  it('stops at both ends', () => {
    expect(moveTo('next', 0, 3)).toBe(1);
    expect(moveTo('next', 2, 3)).toBe(2);
    expect(moveTo('previous', 0, 3)).toBe(0);
    expect(moveTo('previous', 2, 3)).toBe(1);
    expect(moveTo('first', 2, 3)).toBe(0);
    expect(moveTo('last', 0, 3)).toBe(2);
  });

  it('stays on the same step when the steps change around it', () => {
    const fewer = walkSteps(graph);
    const at = steps.findIndex((s) => s.key === 'volume:data');
    expect(fewer[placeOf(fewer, { key: 'volume:data', index: at })].key).toBe('volume:data');
    // A step that is gone leaves the walk at the same place, within the new end.
    expect(placeOf(fewer, { key: steps[steps.length - 1].key, index: steps.length - 1 })).toBe(
      fewer.length - 1,
    );
    expect(placeOf(steps, { key: 'gone', index: 2 })).toBe(2);
  });
});
