import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { yaml } from '../testing/manifest';
import { compareTexts } from './compare';
import { diffResults } from './diff';
import { SHOP_A, SHOP_B } from './testing';
import type { ElementDiff, ResultDiff } from './types';

const element = (d: ResultDiff, id: string, workload = 0): ElementDiff | undefined =>
  d.workloads[workload].elements.find((e) => e.id === id);

const newRules = (c: ReturnType<typeof compareTexts>): string[] =>
  c.diff.findings.new.map((j) => c.b.findings[j].ruleId);
const fixedRules = (c: ReturnType<typeof compareTexts>): string[] =>
  c.diff.findings.fixed.map((i) => c.a.findings[i].ruleId);

describe('a mesh sidecar injected and the memory halved', () => {
  const c = compareTexts(SHOP_A, SHOP_B);

  it('shows the proxy as an added container and the limit as 512Mi → 256Mi', () => {
    expect(c.diff.changed).toBe(true);
    expect(c.diff.workloads).toHaveLength(1);
    expect(c.diff.workloads[0]).toMatchObject({
      kind: 'Deployment',
      name: 'shop',
      change: 'changed',
      a: 0,
      b: 0,
    });
    expect(element(c.diff, 'container:istio-proxy')).toEqual({
      id: 'container:istio-proxy',
      kind: 'container',
      name: 'istio-proxy',
      change: 'added',
    });
    expect(element(c.diff, 'container:app')).toEqual({
      id: 'container:app',
      kind: 'container',
      name: 'app',
      change: 'changed',
      fields: [{ path: 'resources.limits[memory]', from: '512Mi', to: '256Mi' }],
    });
  });

  it('shows what the pod becomes: QoS unchanged, effective resources summed with the proxy', () => {
    const pod = element(c.diff, 'pod');
    // Requests 250m+100m CPU, 256Mi+128Mi memory; limits 1+2 CPU, 256Mi+1Gi memory.
    expect(pod?.fields).toEqual([
      { path: 'effective.requests[cpu]', from: '250m', to: '350m' },
      { path: 'effective.requests[memory]', from: '256Mi', to: '384Mi' },
      { path: 'effective.limits[cpu]', from: '1', to: '3' },
      { path: 'effective.limits[memory]', from: '512Mi', to: '1280Mi' },
    ]);
  });

  it('tags the clash of the proxy’s port with the app’s as a new finding, and only that', () => {
    const fresh = c.diff.findings.new.map((j) => c.b.findings[j]);
    expect(fresh.map((f) => [f.ruleId, f.severity, f.ports])).toEqual([
      ['port-clash', 'warning', ['app:15090/TCP', 'istio-proxy:15090/TCP']],
    ]);
    expect(c.diff.findings.fixed).toEqual([]);
    // Every finding A had is still there, matched although the lines moved.
    expect(c.diff.findings.unchanged).toHaveLength(c.a.findings.length);
  });

  it('marks the new port chip and the proxy’s namespace memberships', () => {
    const w = c.diff.workloads[0];
    expect(w.ports).toEqual([{ key: 'istio-proxy:15090/TCP', change: 'added' }]);
    expect(w.edges.filter((e) => e.change === 'added').map((e) => e.id)).toEqual([
      'member:istio-proxy:network',
      'member:istio-proxy:ipc',
      'member:istio-proxy:uts',
    ]);
  });
});

describe('moving text without changing meaning', () => {
  // Keys reordered, flow and block style swapped, comments and blank lines added, quantities
  // spelt another way, a probe default written out.
  const moved = yaml(
    '# the shop, reformatted',
    'kind: Deployment',
    'apiVersion: apps/v1',
    'metadata: {name: shop}',
    '',
    'spec:',
    '  template:',
    '    spec:',
    '      volumes: [{name: cache, emptyDir: {sizeLimit: 1024Mi}}]',
    '      containers:',
    '      - image: registry.example.com/shop:1.4.2',
    '        name: app   # the only container',
    '        volumeMounts: [{mountPath: /cache, name: cache}]',
    '        readinessProbe:',
    '          periodSeconds: 10',
    '          httpGet:',
    '            port: http',
    '            path: /healthz',
    '        resources:',
    '          limits:',
    '            memory: 512Mi',
    '            cpu: 1000m',
    '          requests:',
    '            memory: 256Mi',
    '            cpu: 0.25',
    '        ports:',
    '        - containerPort: 8080',
    '          name: http',
    '',
    '        - containerPort: 15090',
    '          name: metrics',
    '    metadata:',
    '      labels:',
    '        app: shop',
    '  selector:',
    '    matchLabels:',
    '      app: shop',
  );

  it('is no change in the pod, and every finding is unchanged', () => {
    const c = compareTexts(SHOP_A, moved);
    expect(c.diff.changed).toBe(false);
    expect(c.diff.workloads.map((w) => w.change)).toEqual(['unchanged']);
    expect(c.diff.workloads[0].elements).toEqual([]);
    expect(c.diff.findings.new).toEqual([]);
    expect(c.diff.findings.fixed).toEqual([]);
    expect(c.diff.findings.unchanged).toHaveLength(c.a.findings.length);
  });

  it('is no change when documents are reordered and another is put before them', () => {
    const config = yaml(
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata: {name: settings}',
      'data: {a: b}',
    );
    const a = [SHOP_A, config].join('---\n');
    const b = [config, yaml('# leading comment'), SHOP_A].join('---\n');
    const c = compareTexts(a, b);
    expect(c.diff.changed).toBe(false);
    expect(c.diff.findings.new).toEqual([]);
    expect(c.diff.findings.fixed).toEqual([]);
  });

  it('gives the same answer from analyses made apart as from one made together', () => {
    const together = compareTexts(SHOP_A, SHOP_B).diff;
    const apart = diffResults(analyze(SHOP_A), analyze(SHOP_B));
    expect(apart).toEqual(together);
  });
});

describe('start order', () => {
  const pod = (inits: string[]) =>
    yaml(
      'apiVersion: v1',
      'kind: Pod',
      'metadata: {name: web}',
      'spec:',
      '  initContainers:',
      ...inits,
      '  containers:',
      '  - {name: app, image: nginx:1.27}',
    );
  const migrate = '  - {name: migrate, image: flyway:10}';
  const warm = '  - {name: warm-cache, image: busybox:1.36}';
  const proxy = '  - {name: proxy, image: envoy:1.31, restartPolicy: Always}';
  const logs = '  - {name: logs, image: fluent-bit:3.1, restartPolicy: Always}';

  it('is changed when init containers are reordered', () => {
    const c = compareTexts(pod([migrate, warm]), pod([warm, migrate]));
    expect(c.diff.changed).toBe(true);
    const moved = c.diff.workloads[0].elements;
    expect(moved).toHaveLength(1);
    expect(moved[0].kind).toBe('container');
    // Two swapped: keeping one in place, the other moved past it.
    const steps = { 'container:migrate': ['1', '2'], 'container:warm-cache': ['2', '1'] };
    const [from, to] = steps[moved[0].id as keyof typeof steps];
    expect(moved[0].fields).toEqual([{ path: 'startOrder', from, to }]);
  });

  it('is changed when native sidecars are reordered (they stop in reverse order)', () => {
    const c = compareTexts(pod([proxy, logs]), pod([logs, proxy]));
    expect(c.diff.workloads[0].change).toBe('changed');
    expect(c.diff.workloads[0].elements.map((e) => e.fields?.[0].path)).toEqual(['startOrder']);
  });

  it('is no move for the others when one init container is added before them', () => {
    const c = compareTexts(pod([migrate, warm]), pod([proxy, migrate, warm]));
    expect(c.diff.workloads[0].elements.map((e) => [e.id, e.change])).toEqual([
      ['container:proxy', 'added'],
    ]);
  });

  it('is no change when app containers are reordered behind the main one', () => {
    const apps = (x: string[]) =>
      yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: web}', 'spec:', '  containers:', ...x);
    const a = '  - {name: a, image: nginx:1.27}';
    const b = '  - {name: b, image: busybox:1.36, command: [sleep, infinity]}';
    const c = '  - {name: c, image: busybox:1.36, command: [sleep, infinity]}';
    expect(compareTexts(apps([a, b, c]), apps([a, c, b])).diff.changed).toBe(false);
    // The first app container is the one kubectl logs and exec pick without -c.
    const swapped = compareTexts(apps([a, b, c]), apps([b, a, c])).diff;
    expect(swapped.workloads[0].elements).toEqual([
      expect.objectContaining({
        id: 'pod',
        fields: [{ path: 'mainContainer', from: 'a', to: 'b' }],
      }),
    ]);
  });
});

describe('a removed volume', () => {
  const a = yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: web}',
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: nginx:1.27',
    '    resources: {limits: {memory: 128Mi}}',
    '    volumeMounts:',
    '    - {name: scratch, mountPath: /scratch}',
    '    - {name: logs, mountPath: /var/log/nginx, readOnly: true}',
    '  volumes:',
    '  - name: scratch',
    '    emptyDir: {}',
    '  - name: logs',
    '    emptyDir: {sizeLimit: 64Mi}',
  );
  const b = yaml(
    'apiVersion: v1',
    'kind: Pod',
    'metadata: {name: web}',
    'spec:',
    '  containers:',
    '  - name: app',
    '    image: nginx:1.27',
    '    resources: {limits: {memory: 128Mi}}',
    '    volumeMounts:',
    '    - {name: logs, mountPath: /var/log/nginx, readOnly: true}',
    '  volumes:',
    '  - name: logs',
    '    emptyDir: {sizeLimit: 64Mi}',
  );
  const c = compareTexts(a, b);

  it('is a ghost with its former mount', () => {
    const ghost = element(c.diff, 'volume:scratch');
    expect(ghost).toMatchObject({
      change: 'removed',
      before: { kind: 'volume', type: 'emptyDir', mountedBy: ['app'] },
    });
    expect(ghost?.formerEdges?.filter((e) => e.kind === 'mount')).toEqual([
      expect.objectContaining({
        source: 'container:app',
        target: 'volume:scratch',
        mountPath: '/scratch',
        readOnly: false,
      }),
    ]);
    expect(element(c.diff, 'container:app')?.fields).toEqual([
      { path: 'volumeMounts[/scratch]', from: 'scratch rw', to: null },
    ]);
    expect(c.diff.workloads[0].edges).toContainEqual(
      expect.objectContaining({
        kind: 'mount',
        change: 'removed',
        source: 'container:app',
        target: 'volume:scratch',
      }),
    );
  });

  it('fixes the findings about it and brings none', () => {
    expect(fixedRules(c)).toEqual(['emptydir-no-size-limit']);
    expect(newRules(c)).toEqual([]);
    // The other mount moved up a place in the list; its findings (none here) and its edge match
    // by meaning, so the logs volume is unchanged.
    expect(element(c.diff, 'volume:logs')).toBeUndefined();
  });
});

describe('workloads matched by kind and name', () => {
  const pod = (name: string, image = 'nginx:1.27') =>
    yaml(
      'apiVersion: v1',
      'kind: Pod',
      `metadata: {name: ${name}}`,
      'spec:',
      '  containers:',
      `  - {name: app, image: ${image}}`,
    );

  it('lists added and removed workloads, and pairs the rest whatever their place', () => {
    const a = [pod('one'), pod('two'), pod('gone')].join('---\n');
    const b = [pod('two', 'nginx:1.28'), pod('new'), pod('one')].join('---\n');
    const d = compareTexts(a, b).diff;
    expect(d.workloads.map((w) => [w.name, w.change])).toEqual([
      ['two', 'changed'],
      ['new', 'added'],
      ['one', 'unchanged'],
      ['gone', 'removed'],
    ]);
    expect(d.workloads[0].elements).toEqual([
      expect.objectContaining({
        id: 'container:app',
        fields: [{ path: 'image', from: 'nginx:1.27', to: 'nginx:1.28' }],
      }),
    ]);
  });

  it('makes every finding of an added workload new and of a removed one fixed', () => {
    const a = pod('gone', 'nginx');
    const b = pod('new', 'nginx');
    const c = compareTexts(a, b);
    expect(newRules(c)).toContain('latest-tag');
    expect(fixedRules(c)).toContain('latest-tag');
    expect(c.diff.findings.unchanged).toEqual([]);
  });

  it('treats an empty version as one without workloads', () => {
    const c = compareTexts('', pod('web'));
    expect(c.diff.workloads.map((w) => w.change)).toEqual(['added']);
    expect(c.diff.findings.new).toHaveLength(c.b.findings.length);
    const gone = compareTexts(pod('web'), '');
    expect(gone.diff.workloads.map((w) => w.change)).toEqual(['removed']);
    expect(gone.diff.findings.fixed).toHaveLength(gone.a.findings.length);
  });

  it('lists objects that are not workloads when added or removed', () => {
    const cm = (name: string) =>
      yaml('apiVersion: v1', 'kind: ConfigMap', `metadata: {name: ${name}}`);
    const d = compareTexts(
      [pod('web'), cm('old')].join('---\n'),
      [pod('web'), cm('new')].join('---\n'),
    ).diff;
    expect(d.objects).toEqual([
      { kind: 'ConfigMap', name: 'new', change: 'added', document: 1 },
      { kind: 'ConfigMap', name: 'old', change: 'removed', document: 1 },
    ]);
    expect(d.changed).toBe(true);
  });
});

describe('values that change', () => {
  const base = (lines: string[]) =>
    yaml('apiVersion: v1', 'kind: Pod', 'metadata: {name: web}', 'spec:', ...lines);

  it('reads probe timings with their defaults, and securityContext flags as written', () => {
    const a = base([
      '  containers:',
      '  - name: app',
      '    image: nginx:1.27',
      '    livenessProbe: {httpGet: {path: /, port: 80}}',
      '    securityContext: {runAsNonRoot: true}',
    ]);
    const b = base([
      '  containers:',
      '  - name: app',
      '    image: nginx:1.27',
      '    livenessProbe: {httpGet: {path: /, port: 80}, periodSeconds: 5, failureThreshold: 3}',
      '    securityContext: {runAsNonRoot: true, allowPrivilegeEscalation: false, capabilities: {drop: [ALL]}}',
    ]);
    // failureThreshold: 3 is the default written out: no change.
    expect(element(compareTexts(a, b).diff, 'container:app')?.fields).toEqual([
      { path: 'livenessProbe.periodSeconds', from: '10', to: '5' },
      { path: 'securityContext.allowPrivilegeEscalation', from: null, to: 'false' },
      { path: 'securityContext.capabilities.drop', from: null, to: 'ALL' },
    ]);
  });

  it('shows namespace sharing as an added hub and a pod field', () => {
    const a = base(['  containers:', '  - {name: app, image: nginx:1.27}']);
    const b = base([
      '  shareProcessNamespace: true',
      '  containers:',
      '  - {name: app, image: nginx:1.27}',
    ]);
    const d = compareTexts(a, b).diff;
    expect(element(d, 'namespace:pid')?.change).toBe('added');
    expect(element(d, 'pod')?.fields).toContainEqual({
      path: 'shareProcessNamespace',
      from: 'false',
      to: 'true',
    });
  });

  it('shows a QoS class change on the pod', () => {
    const a = base(['  containers:', '  - {name: app, image: nginx:1.27}']);
    const b = base([
      '  containers:',
      '  - name: app',
      '    image: nginx:1.27',
      '    resources: {limits: {cpu: 500m, memory: 128Mi}}',
    ]);
    expect(element(compareTexts(a, b).diff, 'pod')?.fields).toContainEqual({
      path: 'qosClass',
      from: 'BestEffort',
      to: 'Guaranteed',
    });
  });
});
