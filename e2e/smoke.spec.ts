import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { PodscopePage } from './pages/PodscopePage';

const defaultExample = readFileSync(
  new URL('../app/examples/default.yaml', import.meta.url),
  'utf8',
);

test('the page opens with the example, draws it and lints it as the user types', async ({
  page,
}, info) => {
  const pageErrors: string[] = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));

  const app = new PodscopePage(page);
  await app.open();

  await expect(app.editor.content).toContainText('kind: Pod');
  await expect(app.node('pod', 'pod-demo')).toBeVisible();
  await expect(app.findings.first()).toBeVisible();
  for (const item of await app.findings.all()) {
    await expect(item).toHaveAttribute('data-rule-id', /^[a-z0-9]+(-[a-z0-9]+)*$/);
    await expect(item).toHaveAttribute('data-severity', /^(error|warning|info)$/);
    await expect(item).toContainText(/\d+:\d+/);
  }
  await expect(app.findingsFor('port-clash')).toHaveCount(0);

  // The metrics agent now listens on the app's port: one network namespace, one port 8080.
  await app.replaceText(defaultExample, 'containerPort: 9090', 'containerPort: 8080');

  const clash = app.findingsFor('port-clash').first();
  await expect(clash).toBeVisible();
  await expect(clash).toHaveAttribute('data-severity', 'warning');
  await expect(clash).toContainText('8080');
  await expect(page.locator('[data-port="8080/TCP"][data-clash="true"]')).toHaveCount(2);

  const shot = await page.screenshot({ path: 'test-results/screenshots/smoke.png' });
  await info.attach('smoke', { body: shot, contentType: 'image/png' });
  expect(pageErrors).toEqual([]);
});
