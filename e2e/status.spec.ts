import { expect, test } from './fixtures';
import { TimelinePage } from './pages/timeline';

// `kubectl get pod -o yaml` of a pod whose app was OOMKilled (exit 137) five times and now waits
// in CrashLoopBackOff (the kubelet's message names the current delay, 2m40s), beside a healthy
// log shipper: READY 1/2.
const CRASHLOOP = `apiVersion: v1
kind: Pod
metadata:
  name: shop-7c9d8b6f4-x2x9q
  namespace: default
  uid: 6f1f3c2e-8d0b-4d7e-9a51-0c4b7e2d9f10
  creationTimestamp: "2026-12-05T09:12:03Z"
  labels:
    app: shop
    pod-template-hash: 7c9d8b6f4
spec:
  containers:
    - name: app
      image: ghcr.io/example/shop:4.2.0
      ports:
        - containerPort: 8080
          protocol: TCP
      resources:
        requests: { cpu: 250m, memory: 256Mi }
        limits: { cpu: 500m, memory: 256Mi }
      terminationMessagePath: /dev/termination-log
      terminationMessagePolicy: File
      imagePullPolicy: IfNotPresent
    - name: log-shipper
      image: busybox:1.36
      command: ["sh", "-c", "tail -n+1 -F /logs/app.log"]
      resources:
        requests: { cpu: 50m, memory: 32Mi }
        limits: { cpu: 100m, memory: 64Mi }
      imagePullPolicy: IfNotPresent
  restartPolicy: Always
  terminationGracePeriodSeconds: 30
  nodeName: worker-2
status:
  phase: Running
  hostIP: 10.0.3.17
  podIP: 10.244.3.88
  qosClass: Burstable
  startTime: "2026-12-05T09:12:03Z"
  conditions:
    - type: Initialized
      status: "True"
      lastTransitionTime: "2026-12-05T09:12:03Z"
    - type: Ready
      status: "False"
      reason: ContainersNotReady
      message: "containers with unready status: [app]"
      lastTransitionTime: "2026-12-05T09:20:41Z"
    - type: ContainersReady
      status: "False"
      reason: ContainersNotReady
      message: "containers with unready status: [app]"
      lastTransitionTime: "2026-12-05T09:20:41Z"
    - type: PodScheduled
      status: "True"
      lastTransitionTime: "2026-12-05T09:12:03Z"
  containerStatuses:
    - name: app
      image: ghcr.io/example/shop:4.2.0
      imageID: ghcr.io/example/shop@sha256:4b1c0f0e7d8a6c5b3a29180f7e6d5c4b3a29180f7e6d5c4b3a29180f7e6d5c4b
      containerID: containerd://9a8b7c6d5e4f
      ready: false
      started: false
      restartCount: 5
      state:
        waiting:
          reason: CrashLoopBackOff
          message: back-off 2m40s restarting failed container=app pod=shop-7c9d8b6f4-x2x9q_default(6f1f3c2e-8d0b-4d7e-9a51-0c4b7e2d9f10)
      lastState:
        terminated:
          reason: OOMKilled
          exitCode: 137
          startedAt: "2026-12-05T09:20:12Z"
          finishedAt: "2026-12-05T09:20:40Z"
          containerID: containerd://1f2e3d4c5b6a
    - name: log-shipper
      image: docker.io/library/busybox:1.36
      imageID: docker.io/library/busybox@sha256:9ae97d36d26566ff84e8893c64a6dc4fe8ca6d1144bf5b87b2b85a32def253c7
      containerID: containerd://0a1b2c3d4e5f
      ready: true
      started: true
      restartCount: 0
      state:
        running:
          startedAt: "2026-12-05T09:12:05Z"
`;

const IMAGE_PULL = `apiVersion: v1
kind: Pod
metadata:
  name: web-5d8f7b9c6-kq2lp
  namespace: default
spec:
  containers:
    - name: web
      image: registry.example.com/team/web:2.3.1
status:
  phase: Pending
  conditions:
    - type: Ready
      status: "False"
      reason: ContainersNotReady
  containerStatuses:
    - name: web
      image: registry.example.com/team/web:2.3.1
      imageID: ""
      ready: false
      started: false
      restartCount: 0
      state:
        waiting:
          reason: ImagePullBackOff
          message: 'Back-off pulling image "registry.example.com/team/web:2.3.1"'
`;

const CONFIG_ERROR = `apiVersion: v1
kind: Pod
metadata:
  name: api-6b7c8d9e0f-m3n4p
  namespace: default
spec:
  containers:
    - name: api
      image: ghcr.io/example/api:2.0.1
      env:
        - name: DATABASE_URL
          valueFrom:
            configMapKeyRef: { name: api-config, key: database-url }
status:
  phase: Pending
  containerStatuses:
    - name: api
      image: ghcr.io/example/api:2.0.1
      imageID: ""
      ready: false
      started: false
      restartCount: 0
      state:
        waiting:
          reason: CreateContainerConfigError
          message: couldn't find key database-url in ConfigMap default/api-config
`;

// Every container is Ready, but the pod waits for a condition an outside controller sets.
const READINESS_GATE = `apiVersion: v1
kind: Pod
metadata:
  name: lb-backed-7f6e5d4c3b-abcde
  namespace: default
spec:
  readinessGates:
    - conditionType: target-health.elbv2.k8s.aws/shop-tg
  containers:
    - name: web
      image: nginx:1.27
status:
  phase: Running
  conditions:
    - type: target-health.elbv2.k8s.aws/shop-tg
      status: "False"
    - type: ContainersReady
      status: "True"
    - type: Ready
      status: "False"
      reason: ReadinessGatesNotReady
      message: corresponding condition of pod readiness gate "target-health.elbv2.k8s.aws/shop-tg" does not exist.
  containerStatuses:
    - name: web
      image: docker.io/library/nginx:1.27
      ready: true
      started: true
      restartCount: 0
      state:
        running:
          startedAt: "2026-12-05T09:12:05Z"
`;

// A Job's pod whose one container failed: terminated, reason Error, exit code 1.
const FAILED_JOB_POD = `apiVersion: v1
kind: Pod
metadata:
  name: report-28911520-7xk2p
  namespace: default
  labels:
    job-name: report-28911520
spec:
  restartPolicy: Never
  containers:
    - name: report
      image: ghcr.io/example/monthly-report:3.1.0
status:
  phase: Failed
  containerStatuses:
    - name: report
      image: ghcr.io/example/monthly-report:3.1.0
      ready: false
      started: false
      restartCount: 0
      state:
        terminated:
          reason: Error
          exitCode: 1
          startedAt: "2026-12-05T09:12:05Z"
          finishedAt: "2026-12-05T09:12:41Z"
`;

test.describe.configure({ timeout: 120_000 });

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
});
test.afterEach(() => expect(errors).toEqual([]));

test.describe('the status of a running pod', () => {
  test.use({ viewport: { width: 1440, height: 900 } });

  test('OOMKilled, now in CrashLoopBackOff: red card, READY 1/2, limit, back-off and logs -p', async ({
    page,
  }) => {
    const t = new TimelinePage(page);
    await t.openWith('shop.yaml', CRASHLOOP, 'shop-7c9d8b6f4-x2x9q');
    const app = t.node('container', 'app');
    await expect(app).toHaveAttribute('data-status-reason', 'CrashLoopBackOff');
    // Red, with the reason and the exit code in words.
    await expect(app.locator('[data-status-chip]')).toContainText('CrashLoopBackOff');
    // What ended the last run, and its exit code: on the card and in the chip's title.
    await expect(app).toContainText('OOMKilled');
    await expect(app.locator('[data-status-chip]').locator('..')).toHaveAttribute(
      'title',
      /OOMKilled.*137/,
    );
    const border = await app.evaluate((el) => getComputedStyle(el).borderTopColor);
    expect(border).toMatch(/^(rgb\(2[0-3]\d, [0-6]\d, [0-6]\d\)|oklch\(0\.5)/);
    // The healthy container is not marked.
    await expect(t.node('container', 'log-shipper')).not.toHaveAttribute('data-status-reason');
    await expect(t.node('container', 'log-shipper').locator('[data-status-chip]')).toHaveCount(0);
    // The frame counts like kubectl: READY 1/2, and says why.
    await expect(t.readyPill()).toHaveAttribute('data-ready', '1/2');
    await expect(t.readyPill()).toContainText('READY 1/2');
    await expect(t.readyPill()).toContainText('CrashLoopBackOff');
    await t.screenshot('crashloop-graph');

    // The pod's inspector explains it: the memory limit, the delay, the command with real names.
    await t.select('pod', 'shop-7c9d8b6f4-x2x9q');
    const explainer = t.inspector.locator('[data-status-explainer="pod"]');
    await expect(explainer).toBeVisible({ timeout: 30_000 });
    await expect(explainer).toContainText('READY 1/2');
    const appStatus = explainer.locator('[data-container-status="app"]');
    await expect(appStatus).toContainText('256Mi');
    await expect(appStatus).toContainText('OOMKilled');
    await expect(appStatus.locator('[data-backoff]')).toHaveAttribute('data-backoff', '160');
    await expect(appStatus).toContainText('160 s');
    // The previous run's logs, with the pod's and the container's real names.
    const logs = appStatus.locator('[data-command^="kubectl logs"]');
    await expect(logs).toHaveCount(1);
    await expect(logs).toHaveAttribute(
      'data-command',
      /^kubectl logs (-n default )?shop-7c9d8b6f4-x2x9q -c app -p$/,
    );
    await t.screenshot('crashloop-inspector');

    // The container's own inspector has its part.
    await t.select('container', 'app');
    await expect(t.inspector.locator('[data-status-explainer="app"]')).toContainText('256Mi');
  });

  test('a container that failed shows its reason and exit code', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.openWith('report.yaml', FAILED_JOB_POD, 'report-28911520-7xk2p');
    const report = t.node('container', 'report');
    await expect(report).toHaveAttribute('data-status-reason', 'Error');
    await expect(report.locator('[data-status-chip]')).toHaveText('Error · exit 1');
    await expect(t.readyPill()).toHaveAttribute('data-ready', '0/1');
    await expect(t.readyPill()).toContainText('Error');
  });

  test('ImagePullBackOff names the image', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.openWith('web.yaml', IMAGE_PULL, 'web-5d8f7b9c6-kq2lp');
    await expect(t.node('container', 'web')).toHaveAttribute(
      'data-status-reason',
      'ImagePullBackOff',
    );
    await expect(t.readyPill()).toHaveAttribute('data-ready', '0/1');
    await t.select('container', 'web');
    const part = t.inspector.locator('[data-container-status="web"]');
    await expect(part).toBeVisible({ timeout: 30_000 });
    await expect(part.locator('[data-advice]').first()).toBeVisible();
    await expect(part.locator('[data-advice]')).toContainText([
      'registry.example.com/team/web:2.3.1',
    ]);
  });

  test('CreateContainerConfigError names the ConfigMap and its key', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.openWith('api.yaml', CONFIG_ERROR, 'api-6b7c8d9e0f-m3n4p');
    await expect(t.node('container', 'api')).toHaveAttribute(
      'data-status-reason',
      'CreateContainerConfigError',
    );
    await t.select('container', 'api');
    const advice = t.inspector.locator('[data-container-status="api"] [data-advice]');
    await expect(advice.first()).toBeVisible({ timeout: 30_000 });
    const said = (await advice.allTextContents()).join('\n');
    expect(said).toContain('api-config');
    expect(said).toContain('database-url');
  });

  test('a readiness gate not met holds the pod back', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.openWith('gate.yaml', READINESS_GATE, 'lb-backed-7f6e5d4c3b-abcde');
    // Its one container is Ready; the pod is not.
    await expect(t.readyPill()).toHaveAttribute('data-ready', '1/1');
    await expect(t.node('container', 'web')).not.toHaveAttribute('data-status-reason');
    await t.select('pod', 'lb-backed-7f6e5d4c3b-abcde');
    const blockers = t.inspector.locator('[data-blocker]');
    await expect(blockers.first()).toBeVisible({ timeout: 30_000 });
    expect((await blockers.allTextContents()).join('\n')).toContain(
      'target-health.elbv2.k8s.aws/shop-tg',
    );
    await expect(t.inspector.locator('[data-status-explainer="pod"]')).toContainText(
      'The pod is not Ready',
    );
  });

  test('explains in Chinese', async ({ page }) => {
    const t = new TimelinePage(page);
    await t.openWith('shop.yaml', CRASHLOOP, 'shop-7c9d8b6f4-x2x9q');
    await t.speak('简体中文');
    await expect(t.readyPill()).toContainText('就绪 1/2');
    await t.select('pod', 'shop-7c9d8b6f4-x2x9q');
    const appStatus = t.inspector.locator('[data-container-status="app"]');
    await expect(appStatus).toBeVisible({ timeout: 30_000 });
    await expect(appStatus.locator('[data-advice]').first()).toHaveText(/[\u4e00-\u9fff]/);
    await expect(appStatus).toContainText('256Mi');
    await expect(appStatus).toContainText('160 秒');
    await t.screenshot('crashloop-inspector-zh');
  });
});
