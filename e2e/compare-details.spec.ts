import { expect, test } from './fixtures';
import { A11yPage } from './pages/a11y';
import { deployment } from './manifests';
import { ComparePage } from './pages/compare';
import { LegibilityPage } from './pages/legibility';

// Version A: a web app serving on 8080 with a metrics port, memory limit 512Mi.
const WEB = deployment(
  'web',
  `      containers:
        - name: app
          image: ghcr.io/example/web:2.0.0
          ports:
            - containerPort: 8080
            - containerPort: 9100
          resources:
            requests:
              cpu: 100m
              memory: 256Mi
            limits:
              cpu: 500m
              memory: 512Mi
`,
);

// Version B: the app moved to 9090, the metrics port dropped, the memory limit halved, and the
// pod shares its process namespace.
const WEB_B = WEB.replace('containerPort: 8080', 'containerPort: 9090')
  .replace('            - containerPort: 9100\n', '')
  .replace('memory: 512Mi', 'memory: 256Mi')
  .replace(
    '    spec:\n      containers:',
    '    spec:\n      shareProcessNamespace: true\n      containers:',
  );

const worker = (kind: string, name: string) => `apiVersion: apps/v1
kind: ${kind}
metadata:
  name: ${name}
spec:
  template:
    spec:
      containers:
        - name: ${name}
          image: ghcr.io/example/${name}:1.0.0
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
      targetPort: 8080
`;

// A: web, a queue worker and a database Deployment. B: web, a Service for it, and the database
// as a StatefulSet of the same name; the worker is gone.
const MANY_A = [WEB, worker('Deployment', 'queue'), worker('Deployment', 'db')].join('---\n');
const MANY_B = [WEB, SERVICE, worker('StatefulSet', 'db')].join('---\n');

test.describe('compare mode in detail', () => {
  test('an edited port reads old → new on its chip, a dropped one is a ghost', async ({ page }) => {
    const p = new ComparePage(page);
    await p.open();
    await p.editor.setText(WEB_B);
    await expect(p.node('container', 'app')).toBeVisible();
    await p.compareWithPasted(WEB);

    const moved = p.portChip('app', '9090/TCP');
    await expect(moved).toHaveAttribute('data-change', 'changed');
    await expect(moved).toContainText(/8080\s*→\s*9090\/TCP/);
    const ghost = p.portChip('app', '9100/TCP');
    await expect(ghost).toHaveAttribute('data-change', 'removed');
    // A ghost is drawn, not offered: it cannot be picked as if B still declared it.
    await expect(p.graph.getByRole('button', { name: /9100\/TCP/ })).toHaveCount(0);
    // The old chip is drawn inside the new one, not as a ghost of its own.
    await expect(p.portChip('app', '8080/TCP')).toHaveCount(0);

    // The edited chip is still B's port: picking it selects it.
    await moved.click();
    await expect(moved).toHaveAttribute('aria-current', 'true');

    // Namespace sharing: the process namespace B shares is drawn as added.
    await expect(p.changed('namespace', 'pid', 'added')).toBeVisible();
    await expect(p.changed('pod', 'web', 'changed')).toContainText('shareProcessNamespace');
  });

  test('multi-document inputs list workloads and objects added and removed', async ({ page }) => {
    const p = new ComparePage(page);
    await p.open();
    await p.editor.setText(MANY_B);
    await expect(p.node('container', 'app')).toBeVisible();
    await p.compareWithPasted(MANY_A);

    const list = await p.openWorkloadList();
    await expect(p.workloadRow('Deployment queue')).toHaveAttribute('data-change', 'removed');
    await expect(p.workloadRow('Deployment queue')).toContainText('not in B');
    await expect(p.objectRow('Service web')).toHaveAttribute('data-change', 'added');
    // Another kind under the same name is another workload: one removed, one added.
    await expect(p.workloadRow('Deployment db')).toHaveAttribute('data-change', 'removed');
    await expect(p.workloadRow('StatefulSet db')).toHaveAttribute('data-change', 'added');
    // The Service selects web's pod: web is changed, by the Service drawn on its graph.
    await expect(p.workloadRow('Deployment web')).toHaveAttribute('data-change', 'changed');
    await expect(list.locator('[data-workload$=" db"][data-change="changed"]')).toHaveCount(0);
    // B has no pod for a removed workload: it is named, not offered to be drawn.
    await expect(p.workloadRow('Deployment queue').getByRole('button')).toHaveCount(0);

    // Picking the added StatefulSet draws it with everything on it added.
    await list.getByRole('button', { name: 'Show StatefulSet db' }).click();
    await expect(list).toBeHidden();
    await expect(p.changed('pod', 'db', 'added')).toBeVisible();
    await expect(p.changed('container', 'db', 'added')).toBeVisible();

    // The list says which is shown; back to web with the keyboard.
    await p.openWorkloadList();
    await expect(list.getByRole('button', { name: 'Show StatefulSet db' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await list.getByRole('button', { name: 'Show Deployment web' }).focus();
    await page.keyboard.press('Enter');
    await expect(list).toBeHidden();
    await expect(p.changed('service', 'web', 'added')).toBeVisible();
    await expect(p.changed('container', 'app', 'added')).toHaveCount(0);

    // Escape closes the list without drawing anything else.
    await p.openWorkloadList();
    await page.keyboard.press('Escape');
    await expect(list).toBeHidden();
    await expect(p.node('pod', 'web')).toBeVisible();

    // The header's workload picker draws the same comparison.
    await page
      .getByRole('combobox', { name: 'Workload' })
      .selectOption({ label: 'StatefulSet db · doc 3' });
    await expect(p.changed('pod', 'db', 'added')).toBeVisible();
  });

  for (const size of [
    { width: 1280, height: 720 },
    { width: 1024, height: 768 },
  ])
    test(`changes are legible and apart at ${size.width}×${size.height}`, async ({ page }) => {
      await page.setViewportSize(size);
      const p = new ComparePage(page);
      await p.open();
      await p.editor.setText(WEB_B);
      await expect(p.node('container', 'app')).toBeVisible();
      await p.compareWithPasted(WEB);
      await expect(p.changed('container', 'app', 'changed')).toBeVisible();
      await expect(p.portChip('app', '9090/TCP')).toHaveAttribute('data-change', 'changed');
      const legibility = new LegibilityPage(page);
      await legibility.settle(12);
      const figures = await legibility.measure();
      if (size.width === 1280) expect.soft(figures.minText).toBeGreaterThanOrEqual(11);
      expect.soft(figures.overlaps, 'labels drawn over each other').toEqual([]);
      expect.soft(figures.truncated, 'text cut off').toEqual([]);
      // The change badges and values sit clear of the lane labels and of each other.
      const clashes = await p.changeMarkClashes();
      expect(clashes).toEqual([]);
    });
});

test.describe('compare details to assistive technology', () => {
  for (const theme of ['light', 'dark'] as const)
    test(`port changes and the workload list pass axe (${theme} theme)`, async ({ page }, info) => {
      const a = new A11yPage(page, info);
      const p = new ComparePage(page);
      await page.setViewportSize({ width: 1280, height: 720 });
      await a.open(theme);
      await p.editor.setText([WEB_B, SERVICE].join('---\n'));
      await expect(p.node('container', 'app')).toBeVisible();
      await p.compareWithPasted([WEB, worker('Deployment', 'queue')].join('---\n'));
      await expect(p.portChip('app', '9100/TCP')).toHaveAttribute('data-change', 'removed');
      await p.openWorkloadList();
      expect(await a.violations(`compare-details-${theme}`)).toEqual([]);
    });
});
