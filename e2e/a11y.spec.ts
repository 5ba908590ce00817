import { expect, test } from './fixtures';
import { SUPPRESSED_MANIFEST } from './manifests';
import { A11yPage, type Theme } from './pages/a11y';

// Every main view of the page, in both themes, scanned whole by axe for WCAG 2.1 A and AA.
// Nothing is excluded: the React Flow minimap and attribution, the editor, the dialogs and the
// faded cards are scanned like the rest. Each test walks through several views on one page
// load; a view's violations are reported under its name and do not stop the walk.

// A scan takes a few seconds; a walk through six views needs more than the usual 30.
test.describe.configure({ timeout: 120_000 });

/** Scans what is on screen now as the view `name`. */
async function scan(a: A11yPage, name: string, theme: Theme): Promise<void> {
  await test.step(name, async () => {
    const slug = `${name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${theme}`;
    expect.soft(await a.violations(slug), `WCAG 2.1 A/AA violations: ${name}`).toEqual([]);
  });
}

for (const theme of ['light', 'dark'] as Theme[]) {
  test.describe(`${theme} theme`, () => {
    test('the page as it opens, and as nodes and findings are selected', async ({ page }, info) => {
      const a = new A11yPage(page, info);
      await a.open(theme);
      await scan(a, 'the default example', theme);

      // Clicked: the pointer stays on the card, so what the container does not share is faded.
      await a.selectNode('container', 'log-shipper');
      await expect(a.inspectorTitle).toHaveText('log-shipper');
      await scan(a, 'a container selected, its inspector open', theme);

      await a.selectNode('volume', 'shared-data');
      await scan(a, 'a volume selected', theme);

      await a.selectFinding('missing-memory-limit');
      await scan(a, 'a finding selected', theme);

      await a.button('Legend').click();
      await a.zoomIn(4);
      await scan(a, 'the legend open, zoomed in, with the minimap', theme);

      await a.breakTheYaml();
      await scan(a, 'invalid YAML: the last graph, stale', theme);
    });

    test('dialogs, menus and messages', async ({ page }, info) => {
      const a = new A11yPage(page, info);
      await a.open(theme);

      await a.button('Examples').click();
      await expect(a.gallery).toBeVisible();
      await scan(a, 'the examples gallery', theme);
      await page.keyboard.press('Escape');
      await expect(a.gallery).toBeHidden();

      await a.button('Export').click();
      await expect(a.exportMenu).toBeVisible();
      await scan(a, 'the export menu', theme);
      await page.keyboard.press('Escape');
      await expect(a.exportMenu).toBeHidden();

      await a.refuseUpload();
      await scan(a, 'a refused upload', theme);

      await a.shareLink();
      await scan(a, 'a share link made', theme);

      await a.openSecretsDialog();
      await scan(a, 'the share dialog', theme);
      await page.keyboard.press('Escape');
      await expect(a.secretsDialog).toBeHidden();

      await a.loadFile('two.yaml', SUPPRESSED_MANIFEST);
      await expect(page.locator('[data-rule-id][data-suppressed="true"]').first()).toBeVisible();
      await expect(page.getByRole('combobox')).toBeVisible();
      await scan(a, 'two workloads, a suppressed finding', theme);
    });

    test('presentation mode, the Chinese UI and the tour', async ({ page }, info) => {
      const a = new A11yPage(page, info);
      await a.open(theme);

      // Only the graph shows while presenting, with a floating button to leave.
      await a.button('Present').click();
      await expect(a.button('Exit presentation (Esc)')).toBeVisible();
      await scan(a, 'presentation mode', theme);
      await a.button('Exit presentation (Esc)').click();

      await a.chinese();
      await scan(a, 'the Chinese UI', theme);
      await a.selectNode('container', 'app');
      await scan(a, 'the Chinese UI, a container selected', theme);

      await a.showTourOnLoad();
      await page.reload();
      await expect(page.locator('dialog[data-tour-step]')).toBeVisible();
      await scan(a, 'the guided tour', theme);
    });
  });
}

test('the theme switch turns the page dark, and it still passes', async ({ page }, info) => {
  const a = new A11yPage(page, info);
  await a.open('light');
  await page
    .getByRole('group', { name: 'Colour theme' })
    .getByRole('button', { name: 'Dark', exact: true })
    .click();
  await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  await scan(a, 'switched to dark', 'dark');
});
