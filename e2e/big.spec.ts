// A rendered chart of thousands of documents: the first analysis shows its progress, typing in
// the middle of it updates the findings, and the editor, the list and the graph stay usable.
import { generateManifest } from '../scripts/bench/generate';
import { expect, test } from './fixtures';
import { PanelsPage } from './pages/panels';
import { PodscopePage } from './pages/PodscopePage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

// Six thousand documents pasted, analysed in the worker, listed and typed into: tens of seconds on
// a quiet machine, several times that on a busy 2-core one. Room for that; no time is asserted.
test.describe.configure({ timeout: 300_000 });
/** The whole first analysis, on a busy machine. */
const FIRST_ANALYSIS = { timeout: 180_000 };

test('a 6,000-document manifest shows progress, then every document, and typing updates it', async ({
  page,
}) => {
  const app = new PodscopePage(page);
  const panels = new PanelsPage(page);
  await app.open();
  const text = generateManifest(6000);
  await app.editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await app.editor.paste(text);

  // The first analysis takes a while: the status line says how far it has got.
  await expect(page.locator('[data-status="progress"]')).toBeVisible();
  await expect(page.getByRole('progressbar')).toHaveAttribute('max', '6000');
  await expect(panels.status('documents')).toHaveText('6000 documents', FIRST_ANALYSIS);
  await expect(page.locator('[data-status="progress"]')).toBeHidden();

  // The list draws the first rows of each severity and offers the rest.
  const warnings = page.locator('[data-group="warning"]');
  await expect(warnings.locator('[data-rule-id]')).toHaveCount(200);
  const more = warnings.getByRole('button', { name: /^Show 1,000 more/ });
  await expect(more).toBeVisible();
  await more.click();
  await expect(warnings.locator('[data-rule-id]')).toHaveCount(1200);

  // A new error in document 3,001 appears without re-reading the other 5,999.
  const before = await panels.status('error').textContent();
  const line = text.slice(0, text.indexOf('service number 3000 of')).split('\n').length;
  await app.editor.typeAt(line + 5, 1, '  bad indentation: [\n');
  await expect(panels.status('error')).not.toHaveText(before ?? '');
  const syntax = app.findingsFor('yaml-syntax');
  await expect(syntax.first()).toBeVisible();
  await syntax.first().click();
  await expect.poll(() => app.editor.cursorLine()).toBeGreaterThanOrEqual(line);
});
