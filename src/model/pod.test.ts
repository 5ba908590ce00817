import { describe, expect, it } from 'vitest';
import { parseManifest } from '../parse/manifest';
import { findWorkloads } from '../parse/workloads';
import { analyze } from '../analysis/analyze';
import { buildPodModel, withoutWritten } from './pod';
import { splitImage } from './container';

function model(text: string, n = 0) {
  const doc = parseManifest(text).documents[0];
  return buildPodModel(findWorkloads(doc.value, 0)[n], doc.value);
}

const pod = `apiVersion: v1
kind: Pod
metadata:
  name: web
  annotations: {kubectl.kubernetes.io/default-container: app}
spec:
  hostNetwork: true
  initContainers:
  - {name: setup, image: busybox:1.36}
  - {name: proxy, image: envoyproxy/envoy:v1.31, restartPolicy: Always}
  containers:
  - name: app
    image: nginx
    ports: [{containerPort: 8080}, {containerPort: 9090, hostPort: 9090, protocol: UDP}]
    resources: {limits: {cpu: 500m, memory: 1Gi}, requests: {cpu: 250m}}
    volumeMounts: [{name: data, mountPath: /data, readOnly: true}]
  ephemeralContainers:
  - {name: debugger, image: busybox, targetContainerName: app}
  volumes:
  - name: data
  - name: cfg
    configMap: {name: app-config}
`;

describe('buildPodModel', () => {
  it('orders containers by run order with their roles', () => {
    const m = model(pod);
    expect(m.containers.map((c) => [c.name, c.role, c.runOrder])).toEqual([
      ['setup', 'init', 0],
      ['proxy', 'sidecar', 1],
      ['app', 'app', 2],
      ['debugger', 'ephemeral', 3],
    ]);
    expect(m.containers[1].wellKnown).toBe('service-mesh');
  });

  it('applies the API server defaults', () => {
    const m = model(pod);
    const app = m.containers[2];
    expect(app.ports[0]).toMatchObject({
      containerPort: 8080,
      hostPort: 8080,
      hostPortDefaulted: true,
      protocol: 'TCP',
    });
    expect(app.ports[1]).toMatchObject({
      hostPort: 9090,
      hostPortDefaulted: false,
      protocol: 'UDP',
    });
    expect(app.resources.requests).toEqual({ cpu: '250m', memory: '1Gi' });
    expect(app.resources.defaultedRequests).toEqual(['memory']);
    expect(m.volumes[0]).toMatchObject({ name: 'data', type: 'emptyDir', defaulted: true });
    expect(m.volumes[1]).toMatchObject({ type: 'configMap', reference: 'app-config' });
    expect([m.restartPolicy, m.dnsPolicy]).toEqual(['Always', 'ClusterFirst']);
  });

  it('copies limits into requests only for kind: Pod', () => {
    const deploy = pod
      .replace('kind: Pod', 'kind: Deployment')
      .replace('spec:\n  hostNetwork', 'spec:\n template:\n  spec:\n   hostNetwork');
    const text = `kind: Deployment
metadata: {name: d}
spec:
  template:
    spec:
      containers:
      - {name: a, image: x:1, resources: {limits: {memory: 1Gi}}}
`;
    expect(deploy).toContain('Deployment');
    expect(model(text).containers[0].resources.requests).toEqual({});
  });

  it('puts the network and UTS namespaces on the host with hostNetwork', () => {
    const m = model(pod);
    expect(m.namespaces.map((n) => `${n.name}:${n.scope}`)).toEqual([
      'network:host',
      'ipc:pod',
      'uts:host',
    ]);
  });

  it('adds a shared PID namespace only with shareProcessNamespace', () => {
    const text =
      'kind: Pod\nmetadata: {name: p}\nspec:\n  shareProcessNamespace: true\n  containers: [{name: a, image: b:1}]\n';
    expect(model(text).namespaces.map((n) => n.name)).toEqual(['network', 'ipc', 'uts', 'pid']);
    expect(model(text).hostname).toBe('p');
  });

  it('draws StatefulSet claim templates as PVC volumes', () => {
    const text = `kind: StatefulSet
metadata: {name: web}
spec:
  template:
    spec:
      containers: [{name: nginx, image: nginx:1, volumeMounts: [{name: www, mountPath: /usr/share/nginx/html}]}]
  volumeClaimTemplates:
  - metadata: {name: www}
    spec: {resources: {requests: {storage: 1Gi}}}
`;
    const v = model(text).volumes[0];
    expect(v).toMatchObject({
      name: 'www',
      type: 'persistentVolumeClaim',
      fromClaimTemplate: true,
      sizeLimit: '1Gi',
    });
  });

  it('reads kubectl get status', () => {
    const text = `kind: Pod
metadata: {name: p}
spec:
  containers: [{name: a, image: b:1}]
status:
  podIP: 10.1.2.3
  qosClass: BestEffort
  containerStatuses:
  - name: a
    restartCount: 4
    lastState: {terminated: {reason: OOMKilled, exitCode: 137}}
`;
    const m = model(text);
    expect(m.fromCluster).toBe(true);
    expect(m.status).toMatchObject({ podIP: '10.1.2.3', qosClass: 'BestEffort' });
    expect(m.containers[0].status).toMatchObject({
      restartCount: 4,
      lastTerminationReason: 'OOMKilled',
      lastTerminationExitCode: 137,
    });
  });

  it('survives values of the wrong shape', () => {
    const text =
      'kind: Pod\nspec:\n  containers: {a: 1}\n  volumes: [1, null, {name: v, emptyDir: {sizeLimit: 1Gi, medium: Memory}}]\n';
    const m = model(text);
    expect(m.containers).toEqual([]);
    expect(m.volumes[0]).toMatchObject({ name: 'v', medium: 'Memory', sizeLimit: '1Gi' });
  });
});

describe('the values as written', () => {
  const projected = `kind: Pod
spec:
  containers: [{name: app, image: nginx, env: [{name: MODE, value: fast}]}]
  volumes:
  - name: all
    projected:
      sources:
      - configMap: {name: settings}
      - secret: {name: token}
      - configMap: {name: settings}
      - downwardAPI: {items: []}
  - name: claim
    persistentVolumeClaim: {claimName: data}
  - name: blank
    configMap: {name: ""}
`;

  it('sit beside the model for rules, and a result keeps the model alone', () => {
    const written = model(projected);
    expect(written.spec.containers).toBeDefined();
    expect(written.containers[0].raw.env).toEqual([{ name: 'MODE', value: 'fast' }]);
    expect(written.volumes[0].raw.name).toBe('all');
    const kept = withoutWritten(written);
    expect(kept).not.toHaveProperty('spec');
    expect(kept.containers[0]).not.toHaveProperty('raw');
    expect(kept.volumes[0]).not.toHaveProperty('raw');
    expect({ ...kept.containers[0], raw: written.containers[0].raw }).toEqual(
      written.containers[0],
    );
    const analysed = analyze(projected).workloads[0].model;
    expect(analysed).toEqual(kept);
  });

  it('keep literal env values in the model, numbers as text, references left out', () => {
    const [c] = model(
      'kind: Pod\nspec:\n  containers:\n  - name: app\n    env:\n    - {name: A, value: x}\n    - {name: B, valueFrom: {fieldRef: {fieldPath: metadata.name}}}\n    - {name: C, value: 8080}\n    - {value: orphan}\n',
    ).containers;
    expect(c.envValues).toEqual([
      { index: 0, name: 'A', value: 'x' },
      { index: 2, name: 'C', value: '8080' },
    ]);
  });

  it('name the objects a volume refers to, once each', () => {
    const [all, claim, blank] = model(projected).volumes;
    expect(all.objects).toEqual([
      { kind: 'ConfigMap', name: 'settings' },
      { kind: 'Secret', name: 'token' },
    ]);
    expect(claim.objects).toEqual([{ kind: 'PersistentVolumeClaim', name: 'data' }]);
    expect(blank.objects).toEqual([]);
  });
});

describe('splitImage', () => {
  it('separates tags from registry ports and digests', () => {
    expect(splitImage('nginx')).toEqual({ tag: undefined, digest: undefined });
    expect(splitImage('registry:5000/team/app:1.2')).toEqual({ tag: '1.2', digest: undefined });
    expect(splitImage('registry:5000/team/app')).toEqual({ tag: undefined, digest: undefined });
    expect(splitImage('app@sha256:abc')).toEqual({ tag: undefined, digest: 'sha256:abc' });
  });
});
