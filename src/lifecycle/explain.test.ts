import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { yaml } from '../testing/manifest';
import { explainStatus, lifecycleText, type StatusExplanation } from './index';
import { goDurationSeconds } from './goDuration';
import { missingObject } from './explain';

const explain = (text: string): StatusExplanation =>
  explainStatus(analyze(text).workloads[0].model);
const words = (x: StatusExplanation, lang: 'en' | 'zh-CN' = 'en'): string[] =>
  [...x.containers.flatMap((c) => c.advice), ...x.blockers].map((e) => lifecycleText(e, lang));

const head = [
  'apiVersion: v1',
  'kind: Pod',
  'metadata: {name: shop, namespace: prod}',
  'spec:',
  '  containers:',
  '    - name: app',
  '      image: shop:1.4',
  '      resources: {limits: {memory: 256Mi}}',
  '    - {name: log-shipper, image: "busybox:1.36"}',
];
const shipperRunning = [
  '    - name: log-shipper',
  '      ready: true',
  '      started: true',
  '      restartCount: 0',
  '      state: {running: {startedAt: "2026-12-05T10:00:00Z"}}',
];

describe('explainStatus', () => {
  it('explains OOMKilled, 5 restarts, CrashLoopBackOff: READY 1/2, limit, delay, logs -p', () => {
    const x = explain(
      yaml(
        ...head,
        'status:',
        '  phase: Running',
        '  conditions:',
        '    - {type: Ready, status: "False", reason: ContainersNotReady, message: "containers with unready status: [app]"}',
        '  containerStatuses:',
        '    - name: app',
        '      ready: false',
        '      started: false',
        '      restartCount: 5',
        '      state:',
        '        waiting:',
        '          reason: CrashLoopBackOff',
        '          message: back-off 2m40s restarting failed container=app pod=shop_prod(8c1e)',
        '      lastState:',
        '        terminated: {reason: OOMKilled, exitCode: 137}',
        ...shipperRunning,
      ),
    );
    expect(x).toMatchObject({
      phase: 'Running',
      ready: false,
      readyContainers: 1,
      totalContainers: 2,
    });
    const [app, shipper] = x.containers;
    expect(app).toMatchObject({
      name: 'app',
      state: 'waiting',
      reason: 'CrashLoopBackOff',
      lastReason: 'OOMKilled',
      lastExitCode: 137,
      restartCount: 5,
      ready: false,
      backoffSeconds: 160,
      commands: ['kubectl logs -n prod shop -c app -p'],
    });
    expect(app.advice.map((a) => a.id)).toEqual(['status.crashLoop', 'status.oomKilled']);
    const en = words(x);
    expect(en[0]).toContain('waits 2m40s before the next restart (5 restarts so far)');
    expect(en[1]).toContain('more memory than its limit of 256Mi');
    expect(words(x, 'zh-CN')[1]).toContain('限制（limit）256Mi');
    expect(shipper).toMatchObject({
      name: 'log-shipper',
      state: 'running',
      ready: true,
      advice: [],
    });
  });

  it('names the image of an ImagePullBackOff', () => {
    const x = explain(
      yaml(
        ...head.map((l) => l.replace('shop:1.4', 'registry.example.com/shop:1.5')),
        'status:',
        '  phase: Pending',
        '  containerStatuses:',
        '    - name: app',
        '      ready: false',
        '      restartCount: 0',
        '      image: registry.example.com/shop:1.5',
        '      state: {waiting: {reason: ImagePullBackOff, message: "Back-off pulling image \\"registry.example.com/shop:1.5\\""}}',
        ...shipperRunning,
      ),
    );
    expect(x.containers[0].advice).toEqual([
      {
        id: 'status.imagePull',
        container: 'app',
        values: { image: 'registry.example.com/shop:1.5', reason: 'ImagePullBackOff' },
      },
    ]);
    expect(words(x)[0]).toContain('cannot pull its image registry.example.com/shop:1.5');
    expect(x.containers[0].commands).toEqual(['kubectl describe pod -n prod shop']);
  });

  it('names the ConfigMap key or the Secret of a CreateContainerConfigError', () => {
    const withMessage = (message: string) =>
      explain(
        yaml(
          ...head,
          'status:',
          '  phase: Pending',
          '  containerStatuses:',
          '    - name: app',
          '      ready: false',
          '      restartCount: 0',
          `      state: {waiting: {reason: CreateContainerConfigError, message: "${message}"}}`,
          ...shipperRunning,
        ),
      ).containers[0];
    const key = withMessage("couldn't find key DATABASE_URL in ConfigMap prod/shop-config");
    expect(key.advice[0]).toEqual({
      id: 'status.configKeyMissing',
      container: 'app',
      values: { kind: 'ConfigMap', name: 'shop-config', key: 'DATABASE_URL' },
    });
    expect(lifecycleText(key.advice[0], 'en')).toBe(
      'app cannot be created (CreateContainerConfigError): ConfigMap shop-config has no key DATABASE_URL.',
    );
    expect(key.commands).toContain('kubectl get configmap -n prod shop-config -o yaml');
    const secret = withMessage('secret \\"db-creds\\" not found');
    expect(secret.advice[0]).toMatchObject({
      id: 'status.configObjectMissing',
      values: { kind: 'Secret', name: 'db-creds' },
    });
    const other = withMessage('container has runAsNonRoot and image will run as root');
    expect(other.advice[0]).toMatchObject({ id: 'status.configError' });
  });

  it('says which readiness gate holds the pod back, set or not yet', () => {
    const x = explain(
      yaml(
        'apiVersion: v1',
        'kind: Pod',
        'metadata: {name: web}',
        'spec:',
        '  readinessGates: [{conditionType: "www.example.com/feature-1"}, {conditionType: "example.com/lb"}]',
        '  containers: [{name: app, image: app:1}]',
        'status:',
        '  phase: Running',
        '  conditions:',
        '    - {type: ContainersReady, status: "True"}',
        '    - {type: "www.example.com/feature-1", status: "False"}',
        '    - type: Ready',
        '      status: "False"',
        '      reason: ReadinessGatesNotReady',
        '      message: \'corresponding condition of pod readiness gate "example.com/lb" does not exist., the status of pod readiness gate "www.example.com/feature-1" is not "True", but False\'',
        '  containerStatuses:',
        '    - {name: app, ready: true, started: true, restartCount: 0, state: {running: {}}}',
      ),
    );
    expect(x).toMatchObject({ ready: false, readyContainers: 1, totalContainers: 1 });
    expect(x.blockers).toEqual([
      {
        id: 'status.readinessGate',
        values: { gate: 'www.example.com/feature-1', status: 'False' },
      },
      { id: 'status.readinessGateMissing', values: { gate: 'example.com/lb' } },
    ]);
    expect(words(x)[0]).toContain('Readiness gate www.example.com/feature-1 is False');
  });

  it('counts native sidecars in READY n/m, not init containers, and is Ready when all are', () => {
    const x = explain(
      yaml(
        'kind: Pod',
        'metadata: {name: p}',
        'spec:',
        '  initContainers:',
        '    - {name: setup, image: s:1}',
        '    - {name: proxy, image: p:1, restartPolicy: Always}',
        '  containers: [{name: app, image: a:1}]',
        'status:',
        '  phase: Running',
        '  conditions: [{type: Ready, status: "True"}]',
        '  initContainerStatuses:',
        '    - {name: setup, ready: false, restartCount: 0, state: {terminated: {reason: Completed, exitCode: 0}}}',
        '    - {name: proxy, ready: true, started: true, restartCount: 0, state: {running: {}}}',
        '  containerStatuses:',
        '    - {name: app, ready: true, started: true, restartCount: 0, state: {running: {}}}',
      ),
    );
    expect(x).toMatchObject({ ready: true, readyContainers: 2, totalContainers: 2, blockers: [] });
    expect(x.containers.flatMap((c) => c.advice)).toEqual([]);
  });
});

describe('status details', () => {
  it('reads Go durations as the kubelet prints them', () => {
    expect(goDurationSeconds('2m40s')).toBe(160);
    expect(goDurationSeconds('5m0s')).toBe(300);
    expect(goDurationSeconds('10s')).toBe(10);
    expect(goDurationSeconds('1h0m0s')).toBe(3600);
    expect(goDurationSeconds('300ms')).toBe(0.3);
    expect(goDurationSeconds('soon')).toBeUndefined();
  });

  it('finds the missing object in the kubelet’s messages', () => {
    expect(missingObject('configmap "app-config" not found')).toEqual({
      kind: 'ConfigMap',
      name: 'app-config',
    });
    expect(missingObject('configmaps "app-config" not found')).toMatchObject({
      name: 'app-config',
    });
    expect(missingObject("couldn't find key password in Secret default/db")).toEqual({
      kind: 'Secret',
      name: 'db',
      key: 'password',
    });
    expect(missingObject('no such thing')).toBeUndefined();
  });
});
