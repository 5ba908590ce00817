import { describe, expect, it } from 'vitest';
import { findingsOf, yaml } from '../../testing/manifest';

const pod = (...containerLines: string[]): string =>
  yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata:',
    '  name: web',
    'spec:',
    '  containers:',
    ...containerLines,
  );

describe('unknown-field', () => {
  it('reports a misspelt container field and suggests the real one', () => {
    const text = pod('    - name: app', '      image: nginx:1.27', '      imagePullPolice: Always');
    const [f, ...rest] = findingsOf(text, 'unknown-field');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      ruleId: 'unknown-field',
      severity: 'error',
      path: 'spec.containers[0].imagePullPolice',
      line: 9,
      column: 24,
      containers: ['app'],
    });
    expect(f.message).toContain('unknown field "imagePullPolice"; did you mean "imagePullPolicy"?');
  });

  it('points at the key of a misspelt list field in a Deployment template', () => {
    const text = yaml(
      'apiVersion: apps/v1',
      'kind: Deployment',
      'metadata:',
      '  name: web',
      'spec:',
      '  selector:',
      '    matchLabels: {app: web}',
      '  template:',
      '    metadata:',
      '      labels: {app: web}',
      '    spec:',
      '      containers:',
      '        - name: app',
      '          image: nginx:1.27',
      '          volumeMount:',
      '            - name: data',
      '              mountPath: /data',
    );
    const [f] = findingsOf(text, 'unknown-field');
    expect(f).toMatchObject({
      path: 'spec.template.spec.containers[0].volumeMount',
      line: 15,
      column: 11,
    });
    expect(f.message).toContain('did you mean "volumeMounts"?');
  });

  it('reports a field at the wrong level without a far-fetched suggestion', () => {
    // `ports` belongs to the container, not the pod spec; nothing in PodSpec is spelt like it.
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  ports:',
      '    - containerPort: 80',
      '  containers: [{name: app, image: nginx}]',
    );
    const [f] = findingsOf(text, 'unknown-field');
    expect(f).toMatchObject({ path: 'spec.ports', line: 5, column: 3 });
    expect(f.message).toBe(
      'unknown field "ports" in PodSpec: kubectl\'s strict field validation rejects the object',
    );
  });

  it('checks every item of a kind: List and the pod template of a custom resource, not the resource itself', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: List',
      'items:',
      '  - apiVersion: v1',
      '    kind: Pod',
      '    metadata: {name: a}',
      '    spec:',
      '      containers: [{name: app, image: nginx, imagePullPolice: Always}]',
      '---',
      'apiVersion: ray.io/v1',
      'kind: RayCluster',
      'metadata: {name: r}',
      'spec:',
      '  rayVersion: "2.9.0"',
      '  headGroupSpec:',
      '    rayStartParams: {}',
      '    template:',
      '      spec:',
      '        containers:',
      '          - name: ray-head',
      '            image: rayproject/ray:2.9.0',
      '            resource:',
      '              limits: {cpu: "1"}',
    );
    const found = findingsOf(text, 'unknown-field').map((f) => [f.document, f.path, f.line]);
    expect(found).toEqual([
      [0, 'items[0].spec.containers[0].imagePullPolice', 8],
      [1, 'spec.headGroupSpec.template.spec.containers[0].resource', 22],
    ]);
  });

  it('accepts a complete kubectl get output: status, managedFields, annotations, resource names', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      '  annotations: {example.com/anything: "x"}',
      '  managedFields:',
      '    - manager: kubectl',
      '      fieldsV1:',
      '        f:spec:',
      '          f:containers: {}',
      '      whateverElse: 1',
      'spec:',
      '  containers:',
      '    - name: app',
      '      image: nginx:1.27',
      '      resources:',
      '        limits: {cpu: 500m, memory: 128Mi, nvidia.com/gpu: 1}',
      '      livenessProbe:',
      '        httpGet: {path: /healthz, port: http}',
      '  volumes:',
      '    - name: cache',
      '      emptyDir: {medium: Memory, sizeLimit: 64Mi}',
      'status:',
      '  phase: Running',
      '  qosClass: Burstable',
      '  containerStatuses:',
      '    - name: app',
      '      ready: true',
      '      restartCount: 0',
      '      image: nginx:1.27',
      '      imageID: docker.io/library/nginx@sha256:abc',
      '      state: {running: {startedAt: "2024-01-01T00:00:00Z"}}',
      '---',
      'apiVersion: v1',
      'kind: Service',
      'metadata: {name: web}',
      'spec: {ports: [{port: 80}], notAServiceField: true}',
    );
    expect(findingsOf(text, 'unknown-field')).toEqual([]);
  });

  it('is suppressed by the podscope.io/ignore annotation, scoped to the container', () => {
    const text = yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata:',
      '  name: web',
      '  annotations:',
      '    podscope.io/ignore: "unknown-field:app # injected by our admission webhook"',
      'spec:',
      '  containers:',
      '    - {name: app, image: nginx, imagePullPolice: Always}',
      '    - {name: side, image: busybox, imagePullPolice: Always}',
    );
    const found = findingsOf(text, 'unknown-field').map((f) => [f.containers, f.suppressed]);
    expect(found).toEqual([
      [['app'], true],
      [['side'], false],
    ]);
  });
});
