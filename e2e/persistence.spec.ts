import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { PodscopePage } from './pages/PodscopePage';

const portClash = readFileSync(new URL('../app/examples/port-clash.yaml', import.meta.url), 'utf8');

test('the text is saved on every change and comes back on reload', async ({ page }) => {
  const app = new PodscopePage(page);
  await app.open();
  await app.editor.setText(portClash);
  await expect(app.node('pod', 'port-clash-demo')).toBeVisible();
  await app.editor.typeAt(1, 1, '# reviewed on Tuesday\n');

  await page.reload();
  await expect(app.editor.content).toContainText('# reviewed on Tuesday');
  await expect(app.editor.content).toContainText('port-clash-demo');
  await expect(app.node('pod', 'port-clash-demo')).toBeVisible();
});

test('invalid YAML keeps the last good graph, marks it stale and never touches the text', async ({
  page,
}) => {
  const app = new PodscopePage(page);
  await app.open();
  await app.editor.setText(portClash);
  await expect(app.node('container', 'debug-tool')).toBeVisible();

  // Pasted in one go: typed key by key, its first letters would make a valid (different) manifest.
  await app.editor.cursorTo(9, 1);
  await page.keyboard.insertText('  broken: [unclosed\n');
  await expect(app.findingsFor('yaml-syntax').first()).toBeVisible();
  await expect(app.findingsFor('yaml-syntax').first()).toContainText(/(9|10):\d+/);
  await expect(page.getByText('shown as it last parsed')).toBeVisible();
  await expect(app.node('container', 'debug-tool')).toBeVisible();
  await expect(app.editor.content).toContainText('broken: [unclosed');

  // What the user typed survives a reload too, broken or not.
  await page.reload();
  await expect(app.editor.content).toContainText('broken: [unclosed');
});

test('a port clash shows on both containers, on the network hub and in the editor', async ({
  page,
}) => {
  const app = new PodscopePage(page);
  await app.open();
  await app.editor.setText(portClash);

  const chips = page.locator(
    '[data-kind="namespace"][data-name="network"] [data-port="8080/TCP"][data-clash="true"]',
  );
  await expect(chips).toHaveCount(2);
  await expect(app.node('container', 'web')).toHaveAttribute('data-severity', 'warning');
  await expect(app.node('container', 'debug-tool')).toHaveAttribute('data-severity', 'warning');
  await expect(app.findingsFor('port-clash')).toHaveCount(1);
  // The editor marks the second declaration of 8080 (line 22 of the example).
  await expect.poll(() => app.editor.markerLines()).toContain(22);
});
