import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'best-effort-pod';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('reports a pod where no container requests or limits cpu or memory', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '    - name: proxy',
      '      image: envoy:1.30',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.containers[0].resources',
      line: 7,
      column: 7,
      containers: ['app', 'proxy'],
    });
    expect(found[0].message).toContain('BestEffort');
    // The kubelet ranks by usage above requests and priority, not by QoS class.
    expect(found[0].message).toContain('usage exceeds their requests');
    expect(found[0].message).not.toMatch(/before any (Burstable|Guaranteed)/);
  });

  it('counts only positive cpu and memory: zero requests and extended resources keep the pod BestEffort', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      resources:',
      '        requests: {cpu: "0", memory: "0", ephemeral-storage: 1Gi}',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({ path: 'spec.containers[0].resources', line: 9, column: 7 });
  });

  it('is silent once any container, an init container included, requests cpu or memory', () => {
    const init = pod(
      '  initContainers:',
      '    - {name: setup, image: busybox:1.36, resources: {requests: {memory: 32Mi}}}',
      '  containers:',
      '    - {name: app, image: app:2}',
    );
    expect(findingsOf(init, ID)).toEqual([]);
    const limitOnly = pod(
      '  containers:',
      '    - {name: app, image: app:2, resources: {limits: {cpu: 500m}}}',
    );
    expect(findingsOf(limitOnly, ID)).toEqual([]);
  });

  it('uses the template path of a CronJob and can be suppressed', () => {
    const text = yaml(
      'apiVersion: batch/v1',
      'kind: CronJob',
      'metadata:',
      '  name: nightly',
      '  annotations: {podscope.io/ignore: "best-effort-pod # batch work may be evicted"}',
      'spec:',
      '  schedule: "0 3 * * *"',
      '  jobTemplate:',
      '    spec:',
      '      template:',
      '        spec:',
      '          restartPolicy: OnFailure',
      '          containers:',
      '            - name: job',
      '              image: report:1',
    );
    const [f] = findingsOf(text, ID);
    expect(f).toMatchObject({
      path: 'spec.jobTemplate.spec.template.spec.containers[0].resources',
      line: 14,
      column: 15,
      suppressed: true,
      suppressReason: 'batch work may be evicted',
    });
  });

  it('sits at the main container, passing over an injected proxy listed first', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  containers:',
      '    - {name: istio-proxy, image: docker.io/istio/proxyv2:1.22.0}',
      '    - {name: web, image: web:1}',
    );
    expect(findingsOf(text, 'best-effort-pod').map((f) => f.path)).toEqual([
      'spec.containers[1].resources',
    ]);
  });
});
