import { expect, test } from './fixtures';
import { A11yPage } from './pages/a11y';
import { deployment } from './manifests';
import { ComparePage } from './pages/compare';

// Enough containers that the text diff has to scroll to reach the ones far down.
const worker = (n: number) => `        - name: worker-${n}
          image: ghcr.io/example/worker:1.${n}.0
          args: ["--queue", "q${n}"]
          resources:
            requests: { cpu: 50m, memory: 64Mi }
            limits: { cpu: 200m, memory: 128Mi }
`;

// Version A: the app with a 512Mi memory limit and a scratch volume, twelve workers, an auditor.
const BEFORE = deployment(
  'shop',
  `      containers:
        - name: app
          image: ghcr.io/example/shop:4.2.0
          resources:
            requests: { cpu: 100m, memory: 128Mi }
            limits:
              cpu: 500m
              memory: 512Mi
          volumeMounts:
            - name: cache
              mountPath: /cache
${Array.from({ length: 12 }, (_, i) => worker(i + 1)).join('')}        - name: audit
          image: ghcr.io/example/audit:2.0.1
          args: ["--tail", "/var/log/shop"]
      volumes:
        - name: cache
          emptyDir: {}
`,
);

// Version B: the app's limit halved, a sidecar where its mount was, the volume gone.
const AFTER = BEFORE.replace('memory: 512Mi', 'memory: 256Mi')
  .replace(
    `          volumeMounts:
            - name: cache
              mountPath: /cache
`,
    `        - name: istio-proxy
          image: docker.io/istio/proxyv2:1.22.0
          args: ["proxy", "sidecar"]
`,
  )
  .replace(
    `      volumes:
        - name: cache
          emptyDir: {}
`,
    '',
  );

async function compareLong(p: ComparePage): Promise<void> {
  await p.open();
  await p.editor.setText(AFTER);
  await expect(p.node('container', 'istio-proxy')).toBeVisible();
  await p.compareWithPasted(BEFORE);
  await expect(p.changed('container', 'istio-proxy', 'added')).toBeVisible();
}

test.describe('the text diff of A and B', () => {
  test('shows both versions with the changed lines marked, and follows the graph', async ({
    page,
  }) => {
    const p = new ComparePage(page);
    await compareLong(p);
    await expect(p.textDiff).toHaveCount(0);
    const toggle = p.textDiffToggle();
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(p.textDiff.getByText('A · before')).toBeVisible();
    await expect(p.textDiff.getByText('B · after')).toBeVisible();

    // The limit's two lines are marked as changed, with a sign in the gutter, not colour alone.
    await expect(p.diffLine('a', 'memory: 512Mi')).toHaveClass(/cm-changedLine/);
    await expect(p.diffLine('b', 'memory: 256Mi')).toHaveClass(/cm-changedLine/);
    const signs = await p.textDiff
      .locator('.cm-changedLineGutter')
      .evaluateAll((markers) => [
        ...new Set(markers.map((m) => getComputedStyle(m, '::before').content)),
      ]);
    expect(signs.sort()).toEqual(['"+"', '"−"']);
    // The unchanged workers between the changes are folded away.
    await expect(p.textDiff.locator('.cm-collapsedLines').first()).toBeVisible();
    await expect(p.diffLine('b', 'name: worker-9')).toHaveCount(0);

    // A container far down: both sides unfold and scroll to it, its lines marked.
    await p.node('container', 'worker-9').click();
    await expect.poll(() => p.diffLineInView('b', 'name: worker-9')).toBe(true);
    await expect.poll(() => p.diffLineInView('a', 'name: worker-9')).toBe(true);
    await expect(p.diffLine('b', 'name: worker-9')).toHaveClass(/cm-selectedElement/);
    await expect(p.diffLine('a', 'name: worker-9')).toHaveClass(/cm-selectedElement/);
    expect(await p.diffLineInView('a', 'memory: 512Mi')).toBe(false);

    // The added sidecar exists in B only: B scrolls back up to it.
    await p.node('container', 'istio-proxy').click();
    await expect.poll(() => p.diffLineInView('b', 'name: istio-proxy')).toBe(true);
    await expect(p.diffLine('b', 'name: istio-proxy')).toHaveClass(/cm-selectedElement/);

    // The removed volume, a ghost on the graph, exists in A only: A scrolls down to it.
    await p.changed('volume', 'cache', 'removed').click();
    await expect.poll(() => p.diffLineInView('a', 'emptyDir: {}')).toBe(true);
    await expect(p.diffLine('a', 'emptyDir: {}')).toHaveClass(/cm-selectedElement/);
  });

  test('shows an edit of B, stays on through a swap and is off after leaving', async ({ page }) => {
    const p = new ComparePage(page);
    await compareLong(p);
    const toggle = p.textDiffToggle();

    // Reachable from the keyboard: Tab to the toggle, press Space.
    await page.locator('body').focus();
    for (let i = 0; i < 60; i++) {
      await page.keyboard.press('Tab');
      if (await toggle.evaluate((el) => el === document.activeElement)) break;
    }
    await expect(toggle).toBeFocused();
    await page.keyboard.press('Space');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(p.diffLine('b', 'memory: 256Mi')).toBeVisible();

    // B is the editor: hide the diff, edit, show it again.
    await toggle.click();
    await expect(p.textDiff).toHaveCount(0);
    await p.replaceText(AFTER, 'audit:2.0.1', 'audit:2.1.0');
    await expect(p.changed('container', 'audit', 'changed')).toBeVisible();
    await toggle.click();
    await expect(p.diffLine('b', 'audit:2.1.0')).toHaveClass(/cm-changedLine/);
    await expect(p.diffLine('a', 'audit:2.0.1')).toHaveClass(/cm-changedLine/);

    // Swap: still shown, the sides trade places.
    await p.bar.getByRole('button', { name: /Swap A and B/ }).click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(p.diffLine('a', 'audit:2.1.0')).toHaveClass(/cm-changedLine/);
    await expect(p.diffLine('b', 'memory: 512Mi')).toHaveClass(/cm-changedLine/);

    // Leaving compare mode turns it off; comparing again starts without it.
    await p.bar.getByRole('button', { name: /Leave compare/ }).click();
    await expect(p.textDiff).toHaveCount(0);
    await p.compareWithPasted(BEFORE);
    await expect(p.textDiffToggle()).toHaveAttribute('aria-pressed', 'false');
    await expect(p.textDiff).toHaveCount(0);
  });

  test('speaks Chinese', async ({ page }) => {
    const p = new ComparePage(page);
    await compareLong(p);
    await page.locator('[data-lang-switch]').getByRole('button', { name: '简体中文' }).click();
    const toggle = p.textDiffToggle('文本差异');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await expect(p.textDiff.getByText('A · 变更前')).toBeVisible();
    await expect(p.textDiff.getByText('B · 变更后')).toBeVisible();
    await expect(p.textDiff.locator('.cm-collapsedLines').first()).toContainText('行未变更');
    // The folded stretches open all at once from the pane's own button.
    const all = p.textDiff.getByRole('button', { name: '显示未变更的行' });
    await all.click();
    await expect(all).toHaveAttribute('aria-pressed', 'true');
    await expect(p.textDiff.locator('.cm-collapsedLines')).toHaveCount(0);
  });
});

test.describe('the text diff to assistive technology', () => {
  for (const theme of ['light', 'dark'] as const)
    test(`passes axe with an element selected (${theme} theme)`, async ({ page }, info) => {
      const a = new A11yPage(page, info);
      const p = new ComparePage(page);
      await page.setViewportSize({ width: 1280, height: 720 });
      await a.open(theme);
      await p.editor.setText(AFTER);
      await expect(p.node('container', 'istio-proxy')).toBeVisible();
      await p.compareWithPasted(BEFORE);
      await p.textDiffToggle().click();
      await p.node('container', 'worker-9').click();
      await expect(p.diffLine('b', 'name: worker-9')).toHaveClass(/cm-selectedElement/);
      expect(await a.violations(`compare-text-${theme}`)).toEqual([]);
    });
});
