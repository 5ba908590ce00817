import { expect, test } from './fixtures';
import { FixPage } from './pages/fix';

// A pod with a fix for several rules: an emptyDir without sizeLimit, a misspelt field, two
// containers that may escalate privileges, and one port name used twice.
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      imagePullPolicyy: Always
      ports:
        - {name: http, containerPort: 8080}
        - {name: http, containerPort: 9090}
      resources:
        requests: {cpu: 100m, memory: 128Mi}
        limits: {cpu: 500m, memory: 256Mi}
      volumeMounts: [{name: scratch, mountPath: /tmp}]
    - name: metrics
      image: prom/statsd-exporter:v0.26.0
      resources:
        requests: {cpu: 50m, memory: 64Mi}
        limits: {cpu: 100m, memory: 64Mi}
  volumes:
    - name: scratch
      emptyDir: {}
`;

test.describe('quick fixes', () => {
  test.setTimeout(120_000);

  test('the editor’s lint action previews sizeLimit, applies it, and one undo restores', async ({
    page,
  }) => {
    const fix = new FixPage(page);
    await fix.load(POD);
    const line = POD.split('\n').findIndex((l) => l.includes('emptyDir: {}')) + 1;
    await fix.lintAction(line, /sizeLimit: 1Gi/);
    await expect(fix.dialog.getByTestId('fix-diff')).toContainText('emptyDir: {sizeLimit: 1Gi}');
    await expect(fix.dialog).toContainText('1Gi');
    await fix.dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect(fix.dialog).toBeHidden();
    await expect
      .poll(() => fix.editor.text())
      .toBe(POD.replace('emptyDir: {}', 'emptyDir: {sizeLimit: 1Gi}'));
    await fix.undo();
    await expect.poll(() => fix.editor.text()).toBe(POD);
  });

  test('the inspector’s button renames a misspelt field, then undo', async ({ page }) => {
    const fix = new FixPage(page);
    await fix.load(POD);
    await fix.selectFinding('unknown-field');
    const preview = await fix.inspectorPreview();
    await expect(preview.locator('[data-diff="removed"]')).toContainText(
      'imagePullPolicyy: Always',
    );
    await expect(preview.locator('[data-diff="added"]')).toContainText('imagePullPolicy: Always');
    await preview.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect
      .poll(() => fix.editor.text())
      .toBe(POD.replace('imagePullPolicyy', 'imagePullPolicy'));
    await fix.undo();
    await expect.poll(() => fix.editor.text()).toBe(POD);
  });

  test('a duplicate port name is renamed from the lint action, then undo', async ({ page }) => {
    const fix = new FixPage(page);
    await fix.load(POD);
    const line = POD.split('\n').findIndex((l) => l.includes('containerPort: 9090')) + 1;
    await fix.lintAction(line, /Rename port http to http-2/);
    await fix.dialog.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect
      .poll(() => fix.editor.text())
      .toBe(
        POD.replace('{name: http, containerPort: 9090}', '{name: http-2, containerPort: 9090}'),
      );
    await fix.undo();
    await expect.poll(() => fix.editor.text()).toBe(POD);
  });

  test('fix all sets allowPrivilegeEscalation on both containers in one step', async ({ page }) => {
    const fix = new FixPage(page);
    await fix.load(POD);
    await fix.selectFinding('privilege-escalation');
    const preview = await fix.inspectorPreview();
    await preview.getByRole('button', { name: 'Fix all 2 of this rule' }).click();
    await expect
      .poll(
        async () =>
          (await fix.editor.text()).match(/allowPrivilegeEscalation: false/g)?.length ?? 0,
      )
      .toBe(2);
    await fix.undo();
    await expect.poll(() => fix.editor.text()).toBe(POD);
  });

  test('a failed Pod Security check drops ALL capabilities from the inspector, then undo', async ({
    page,
  }) => {
    // Everything restricted asks for but dropping ALL: one fix makes the pod restricted.
    const HARDENED = `apiVersion: v1
kind: Pod
metadata:
  name: hardened
spec:
  securityContext:
    runAsNonRoot: true
    runAsUser: 1000
    seccompProfile: {type: RuntimeDefault}
  containers:
    - name: app
      image: registry.example/app:1.0
      resources:
        requests: {cpu: 100m, memory: 128Mi}
        limits: {cpu: 100m, memory: 128Mi}
      securityContext:
        allowPrivilegeEscalation: false
`;
    const fix = new FixPage(page);
    await fix.load(HARDENED);
    const frame = page.locator('[data-kind="pod"][data-name="hardened"]');
    await expect(frame).toHaveAttribute('data-pod-security', 'baseline', { timeout: 30_000 });
    await frame.click({ position: { x: 24, y: 12 } });
    const check = fix.inspector.locator('[data-check="capabilities_restricted"]');
    await check.getByRole('button', { name: 'Preview: drop ALL capabilities in app' }).click();
    const preview = check.locator('section[data-fix="drop-capabilities"]');
    await expect(preview).toContainText('drop: [ALL]');
    await preview.getByRole('button', { name: 'Apply', exact: true }).click();
    await expect
      .poll(() => fix.editor.text())
      .toBe(
        HARDENED.replace(
          '        allowPrivilegeEscalation: false\n',
          '        allowPrivilegeEscalation: false\n        capabilities:\n          drop: [ALL]\n',
        ),
      );
    await expect(frame).toHaveAttribute('data-pod-security', 'restricted');
    await fix.undo();
    await expect.poll(() => fix.editor.text()).toBe(HARDENED);
    await expect(frame).toHaveAttribute('data-pod-security', 'baseline');
  });
});
