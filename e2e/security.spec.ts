import { expect, test } from './fixtures';
import { SecurityPage } from './pages/security';

// The pod asks for a non-root user; app binds a host port (baseline forbids it) and hardens
// itself; debug runs as root, which with the pod's runAsNonRoot the kubelet refuses.
const GUARDED = `apiVersion: v1
kind: Pod
metadata: { name: guarded }
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
    fsGroup: 2000
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - { containerPort: 8080, hostPort: 8080 }
      resources:
        requests: { cpu: 100m, memory: 64Mi }
        limits: { cpu: 200m, memory: 64Mi }
      securityContext:
        allowPrivilegeEscalation: false
        capabilities: { drop: [ALL] }
    - name: debug
      image: busybox:1.36
      resources:
        requests: { cpu: 10m, memory: 16Mi }
        limits: { cpu: 50m, memory: 16Mi }
      securityContext:
        runAsUser: 0
`;
const HOST_PORT_LINE = 13;

test.describe.configure({ timeout: 120_000 });

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
});
test.afterEach(() => expect(errors).toEqual([]));

test.use({ viewport: { width: 1440, height: 900 } });

test('the pod frame and the pod view show the Pod Security level and each failed check', async ({
  page,
}) => {
  const s = new SecurityPage(page);
  await s.load('guarded', GUARDED);
  const frame = s.frame('guarded');
  await expect(frame).toHaveAttribute('data-pod-security', 'privileged');
  await expect(frame).toContainText('Pod Security privileged');

  await s.selectPod('guarded');
  await expect(s.level).toHaveAttribute('data-pod-security-level', 'privileged');
  await expect(s.level).toContainText('Privileged');
  const hostPorts = s.check('hostPorts');
  await expect(hostPorts).toHaveAttribute('data-check-level', 'baseline');
  await expect(hostPorts).toContainText('Host ports');
  await expect(hostPorts).toContainText('Remove hostPort');
  await expect(hostPorts).toContainText('app');
  await expect(s.check('runAsUser')).toContainText('debug');
  await expect(s.check('seccompProfile_restricted')).toContainText('app, debug');
  await expect(s.check('runAsNonRoot')).toHaveCount(0);

  // The failing field is selected in the editor.
  await hostPorts.getByRole('button', { name: /containers\[0\]\.ports\[0\]\.hostPort/ }).click();
  await expect.poll(() => s.editor.cursorLine()).toBe(HOST_PORT_LINE);
  expect(await s.editor.selectedText()).toBe('8080');

  await s.switchTo('简体中文');
  await expect(frame).toContainText('Pod 安全 特权');
  await expect(s.level).toContainText('特权');
  await expect(s.check('hostPorts')).toContainText('主机端口');
  await expect(s.check('hostPorts')).toContainText('请删除 hostPort');
});

test('a container shows its effective security context and where each value comes from', async ({
  page,
}) => {
  const s = new SecurityPage(page);
  await s.load('guarded', GUARDED);
  await s.selectContainer('app');
  await expect(s.setting('runAsUser')).toHaveAttribute('data-source', 'pod');
  await expect(s.setting('runAsUser')).toContainText('1000');
  await expect(s.setting('fsGroup')).toHaveAttribute('data-source', 'pod');
  await expect(s.setting('capabilities')).toHaveAttribute('data-source', 'container');
  await expect(s.setting('capabilities')).toContainText('drop ALL');
  await expect(s.setting('seccompProfile')).toHaveAttribute('data-source', 'default');
  await expect(s.setting('seccompProfile')).toContainText('Unconfined');
  await expect(s.conflict).toHaveCount(0);

  await s.selectContainer('debug');
  await expect(s.setting('runAsUser')).toHaveAttribute('data-source', 'container');
  await expect(s.setting('runAsUser')).toContainText('0');
  await expect(s.setting('runAsNonRoot')).toHaveAttribute('data-source', 'pod');
  await expect(s.conflict).toContainText('the kubelet refuses to start this container');

  await s.switchTo('简体中文');
  await expect(s.inspector.inspector).toContainText('实际生效的安全上下文');
  await expect(s.setting('runAsUser')).toContainText('容器');
  await expect(s.setting('runAsNonRoot')).toContainText('Pod');
  await expect(s.setting('readOnlyRootFilesystem')).toContainText('根文件系统可写');
  await expect(s.conflict).toContainText('kubelet 拒绝启动此容器');
});

// A custom resource with containers in its own spec: the operator builds the pod around them.
const PROMETHEUS = `apiVersion: monitoring.coreos.com/v1
kind: Prometheus
metadata:
  name: k8s
spec:
  replicas: 2
  resources:
    requests: {memory: 400Mi}
  containers:
    - name: config-reloader
      image: quay.io/prometheus-operator/prometheus-config-reloader:v0.80.0
      resources:
        limits: {memory: 50Mi}
`;

test('a custom resource read in part says so beside its QoS and Pod Security level', async ({
  page,
}) => {
  const s = new SecurityPage(page);
  await s.load('k8s', PROMETHEUS);
  const frame = s.frame('k8s');
  await expect(frame).toContainText('QoS Burstable (partial)');
  await expect(frame).toContainText('Pod Security baseline (partial)');
  await expect(page.locator('[data-status="pod-security"]')).toHaveText(
    'Pod Security baseline (partial)',
  );
  await s.switchTo('简体中文');
  await expect(frame).toContainText('QoS Burstable（部分）');
});
