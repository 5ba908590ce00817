import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const ID = 'missing-requests';
const pod = (...spec: string[]): string =>
  yaml('apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', 'spec:', ...spec);

describe(ID, () => {
  it('reports the one missing request at the key where it belongs', () => {
    const text = pod(
      '  containers:',
      '    - name: app',
      '      image: app:2',
      '      resources:',
      '        requests:',
      '          cpu: 250m',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      ruleId: ID,
      severity: 'warning',
      path: 'spec.containers[0].resources.requests[memory]',
      line: 10,
      column: 9,
      containers: ['app'],
    });
    expect(found[0].message).toContain('no memory request');
  });

  it('reports one finding per container when both are missing, at resources.requests', () => {
    const text = pod('  containers:', '    - name: app', '      image: app:2');
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      path: 'spec.containers[0].resources.requests',
      line: 7,
      column: 7,
    });
    expect(found[0].message).toContain('requests neither cpu nor memory');
  });

  it('counts a limit as the request for templates too: the pod they create is defaulted', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata: {name: web}',
      'spec:',
      '  selector: {matchLabels: {app: web}}',
      '  template:',
      '    metadata: {labels: {app: web}}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: app:2',
      '          resources: {limits: {cpu: "1", memory: 1Gi}}',
      '        - name: proxy',
      '          image: envoy:1.30',
      '          resources:',
      '            limits: {cpu: 200m}',
    );
    const found = findingsOf(text, ID);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      path: 'spec.template.spec.containers[1].resources.requests[memory]',
      line: 15,
      column: 11,
    });
  });

  it('checks init containers and sidecars but not ephemeral containers, which cannot set resources', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: setup, image: busybox:1.36}',
      '    - {name: proxy, image: envoy:1.30, restartPolicy: Always, resources: {requests: {cpu: 100m, memory: 64Mi}}}',
      '  containers:',
      '    - {name: app, image: app:2, resources: {requests: {cpu: 100m, memory: 64Mi}}}',
      '  ephemeralContainers:',
      '    - {name: debug, image: busybox:1.36}',
    );
    expect(findingsOf(text, ID).map((f) => f.path)).toEqual([
      'spec.initContainers[0].resources.requests',
    ]);
  });

  it('says a regular init container runs inside the pod’s effective request, as info', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: migrate, image: migrate:1}',
      '  containers:',
      '    - {name: app, image: app:2, resources: {requests: {cpu: 500m, memory: 256Mi}}}',
      '    - {name: side, image: side:2, resources: {requests: {cpu: 100m, memory: 64Mi}}}',
    );
    const [f, ...rest] = findingsOf(text, ID);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: 'info',
      path: 'spec.initContainers[0].resources.requests',
      params: { container: 'migrate', cpu: '600m', memory: '320Mi' },
    });
    expect(f.message).toContain('runs inside what the pod reserves');
    expect(f.message).toContain('cpu 600m, memory 320Mi');
  });

  it('keeps the warning for an init container when the pod reserves nothing of that resource', () => {
    const text = pod(
      '  initContainers:',
      '    - {name: migrate, image: migrate:1}',
      '  containers:',
      '    - {name: app, image: app:2, resources: {requests: {cpu: 500m}}}',
    );
    const found = findingsOf(text, ID).filter((f) => f.containers?.[0] === 'migrate');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', messageId: 'missing-requests.both' });
  });
});
