import { expect, test } from './fixtures';
import { A11yPage } from './pages/a11y';
import { deployment } from './manifests';
import { ComparePage } from './pages/compare';

// Version A: one app container, a 512Mi memory limit and a scratch volume.
const BEFORE = deployment(
  'shop',
  `      containers:
        - name: app
          image: ghcr.io/example/shop:4.2.0
          ports:
            - containerPort: 15001
          resources:
            requests:
              cpu: 100m
              memory: 256Mi
            limits:
              cpu: 500m
              memory: 512Mi
          volumeMounts:
            - name: cache
              mountPath: /cache
      volumes:
        - name: cache
          emptyDir: {}
`,
);

// Version B: an Istio-style sidecar on the app's port, the app's memory limit halved.
const AFTER = BEFORE.replace('memory: 512Mi', 'memory: 256Mi').replace(
  `      volumes:`,
  `        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.22.0
          ports:
            - containerPort: 15001
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits: { cpu: 500m, memory: 128Mi }
      volumes:`,
);

// A's meaning written differently: keys reordered, flow style, comments and blank lines.
const BEFORE_MOVED = `# the shop
kind: Deployment
apiVersion: apps/v1
metadata: { name: shop }
spec:

  template:
    metadata: { labels: { app: shop } }
    spec:
      volumes: [{ name: cache, emptyDir: {} }]
      containers:
        - image: ghcr.io/example/shop:4.2.0   # pinned
          name: app
          volumeMounts: [{ mountPath: /cache, name: cache }]
          resources:
            limits: { memory: 512Mi, cpu: 500m }
            requests: { memory: 256Mi, cpu: 100m }
          ports: [{ containerPort: 15001 }]
  selector: { matchLabels: { app: shop } }
`;

// B without the volume A had.
const WITHOUT_VOLUME = BEFORE.replace(
  `          volumeMounts:
            - name: cache
              mountPath: /cache
      volumes:
        - name: cache
          emptyDir: {}
`,
  '',
);

test.describe('compare mode', () => {
  test('a sidecar and a halved memory limit are drawn on B, the port clash is new', async ({
    page,
  }) => {
    const p = new ComparePage(page);
    await p.open();
    await p.editor.setText(AFTER);
    await expect(p.node('container', 'istio-proxy')).toBeVisible();
    // One file input until compare mode is open; the dialog brings the second.
    await expect(p.fileInputs).toHaveCount(1);
    await p.button.click();
    await expect(p.fileInputs).toHaveCount(2);
    await page.keyboard.press('Escape');
    await p.compareWithFile('before.yaml', BEFORE);

    await expect(p.changed('container', 'istio-proxy', 'added')).toBeVisible();
    await expect(p.changed('container', 'app', 'changed')).toContainText('512Mi → 256Mi');
    await expect(p.findingsWith('new').and(p.findingsFor('port-clash')).first()).toBeVisible();
    await expect(page.locator('[data-status="compare"]')).toContainText('new');

    await p.filter(/^new/);
    await expect(p.findingsWith('unchanged')).toHaveCount(0);
    await expect(p.findingsWith('new').first()).toBeVisible();

    // Editing B keeps comparing: the limit back to 512Mi is no longer a change of the app's.
    await p.editor.setText(
      AFTER.replace(
        'cpu: 500m\n              memory: 256Mi',
        'cpu: 500m\n              memory: 512Mi',
      ),
    );
    await expect(p.changed('container', 'app', 'changed')).toHaveCount(0);
    await expect(p.changed('container', 'istio-proxy', 'added')).toBeVisible();

    await p.bar.getByRole('button', { name: /Leave compare/ }).click();
    await expect(p.bar).toHaveCount(0);
    await expect(p.graph.locator('[data-change]')).toHaveCount(0);
    await expect(p.findings.first()).not.toHaveAttribute('data-change');
  });

  test('typing in B is compared as it is typed', async ({ page }) => {
    const p = new ComparePage(page);
    await p.open();
    await p.editor.setText(BEFORE);
    await expect(p.node('container', 'app')).toBeVisible();
    await p.compareWithPasted(BEFORE);
    await expect(p.bar.locator('[data-no-change]')).toBeVisible();

    await p.replaceText(BEFORE, 'memory: 512Mi', 'memory: 256Mi');
    await expect(p.changed('container', 'app', 'changed')).toContainText('512Mi → 256Mi');
    await expect(p.bar.locator('[data-no-change]')).toHaveCount(0);
    // Typed back (the limit's line, not the request's), the pod is A's again.
    const lines = BEFORE.split('\n');
    const limit = lines.indexOf('              memory: 512Mi') + 1;
    await p.editor.selectAt(limit, '              memory: '.length + 1, '256'.length);
    await page.keyboard.type('512');
    await expect(p.bar.locator('[data-no-change]')).toBeVisible();
    await expect(p.graph.locator('[data-change]')).toHaveCount(0);
  });

  test('moving text without changing meaning shows no change in the pod', async ({ page }) => {
    const p = new ComparePage(page);
    await p.open();
    await p.editor.setText(BEFORE);
    await expect(p.node('container', 'app')).toBeVisible();
    await p.compareWithPasted(BEFORE_MOVED);
    await expect(p.bar.locator('[data-no-change]')).toHaveText('No change in the pod');
    await expect(p.graph.locator('[data-change]')).toHaveCount(0);
    await expect(p.findingsWith('unchanged').first()).toBeVisible();
    await expect(p.findingsWith('new')).toHaveCount(0);
    await expect(p.findingsWith('fixed')).toHaveCount(0);
  });

  test('a removed volume is a ghost with its former mount, its findings fixed; swap', async ({
    page,
  }) => {
    const p = new ComparePage(page);
    await p.open();
    await p.editor.setText(WITHOUT_VOLUME);
    await expect(p.node('container', 'app')).toBeVisible();
    await p.compareWithPasted(BEFORE);

    const ghost = p.changed('volume', 'cache', 'removed');
    await expect(ghost).toBeVisible();
    await expect(ghost).toContainText('was mounted by app at /cache');
    await expect(
      p.findingsWith('fixed').and(p.findingsFor('emptydir-no-size-limit')).first(),
    ).toBeVisible();

    // Swap: A becomes the editor's text, the volume is there again and added.
    await p.bar.getByRole('button', { name: /Swap A and B/ }).click();
    await expect(p.changed('volume', 'cache', 'added')).toBeVisible();
    await expect(
      p.findingsWith('new').and(p.findingsFor('emptydir-no-size-limit')).first(),
    ).toBeVisible();
    expect(await p.editor.text()).toBe(BEFORE);
  });

  test('version A can come from the Versions history', async ({ page }) => {
    const p = new ComparePage(page);
    await p.open();
    // Two uploads: the page keeps each as a version, newest first.
    const upload = async (name: string, text: string) => {
      await p.fileInputs.setInputFiles({
        name,
        mimeType: 'application/yaml',
        buffer: Buffer.from(text),
      });
    };
    await upload('before.yaml', BEFORE);
    await expect(p.node('container', 'app')).toBeVisible();
    await upload('after.yaml', AFTER);
    await expect(p.node('container', 'istio-proxy')).toBeVisible();
    await expect
      .poll(async () => {
        await p.openVersions();
        const kinds = await p
          .versionRows()
          .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-version-kind')));
        await page.keyboard.press('Escape');
        return kinds.slice(0, 2);
      })
      .toEqual(['upload', 'upload']);

    // Newest first: the second is the text before the paste of B.
    await p.button.click();
    const versions = p.dialog.getByRole('region', { name: 'A from Versions' }).getByRole('button');
    await versions.nth(1).click();
    await expect(p.bar).toBeVisible();
    await expect(p.changed('container', 'istio-proxy', 'added')).toBeVisible();
    await expect(p.changed('container', 'app', 'changed')).toContainText('512Mi → 256Mi');
    expect(await p.editor.text()).toBe(AFTER);
  });
});

test.describe('compare mode to assistive technology', () => {
  for (const theme of ['light', 'dark'] as const)
    test(`passes axe (${theme} theme)`, async ({ page }, info) => {
      const a = new A11yPage(page, info);
      const p = new ComparePage(page);
      await page.setViewportSize({ width: 1280, height: 720 });
      await a.open(theme);
      await p.editor.setText(WITHOUT_VOLUME.replace('memory: 512Mi', 'memory: 256Mi'));
      await expect(p.node('container', 'app')).toBeVisible();
      await p.button.click();
      await expect(p.dialog.getByRole('textbox', { name: 'Paste A' })).toBeVisible();
      expect.soft(await a.violations(`compare-dialog-${theme}`), 'the dialog').toEqual([]);
      await p.dialog.getByRole('textbox', { name: 'Paste A' }).fill(BEFORE);
      await p.dialog.getByRole('button', { name: 'Compare', exact: true }).click();
      await expect(p.changed('volume', 'cache', 'removed')).toBeVisible();
      expect.soft(await a.violations(`compare-${theme}`), 'compare mode').toEqual([]);
    });
});
