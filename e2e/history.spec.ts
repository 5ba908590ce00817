import { expect, test, type Locator, type Page } from './fixtures';
import { CATALOG } from '../app/examples/catalog';
import { untranslatedWords } from '../app/i18n/terms';
import { DB_NAME, VERSION_TEXTS, VERSIONS, type VersionMeta } from '../app/storage/db';
import { MAX_VERSIONS } from '../app/storage/keeper';
import { minimalPod } from './manifests';
import { A11yPage, type Theme } from './pages/a11y';
import { I18nPage } from './pages/i18n';
import { InputPage } from './pages/input';
import { PodscopePage } from './pages/PodscopePage';

// The version history as a person uses it: texts come in (an example, a file, typing), the
// Versions dialog lists them newest first, shows one, puts it back; Clear empties it for good.
// Every test opens a fresh browser context, so its history starts empty.

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
});
test.afterEach(() => expect(errors).toEqual([]));

/** The kinds of the kept versions, newest first, as the dialog lists them when opened now. */
async function listedKinds(app: PodscopePage): Promise<(string | null)[]> {
  await app.openVersions();
  const kinds = await app
    .versionRows()
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-version-kind')));
  await app.page.keyboard.press('Escape');
  await expect(app.versions).toBeHidden();
  return kinds;
}

/**
 * Waits until the history lists `kinds` first: a version is stored by the analysis worker a
 * moment after the text changes, and the dialog reads the history each time it opens.
 */
async function expectNewest(app: PodscopePage, kinds: string[]): Promise<void> {
  await expect
    .poll(async () => (await listedKinds(app)).slice(0, kinds.length), { timeout: 30_000 })
    .toEqual(kinds);
}

/** Writes `count` versions straight into the page's database, in the schema of app/storage/db.ts. */
async function seedVersions(page: Page, count: number): Promise<void> {
  await page.evaluate(
    async ({ db, versions, texts, count }) => {
      const open = indexedDB.open(db);
      const idb = await new Promise<IDBDatabase>((resolve, reject) => {
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error ?? new Error('open failed'));
      });
      const tx = idb.transaction([versions, texts], 'readwrite');
      for (let i = 0; i < count; i++) {
        const text = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: seed-${i}\n`;
        const meta: Omit<VersionMeta, 'id'> = {
          kind: 'paste',
          source: `seed-${i}.yaml`,
          at: Date.now() - (count - i) * 1000,
          bytes: text.length,
          documents: 1,
          workloads: [`Pod/seed-${i}`],
        };
        const add = tx.objectStore(versions).add(meta);
        add.onsuccess = () => tx.objectStore(texts).put({ id: add.result, text });
      }
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('write failed'));
      });
      idb.close();
    },
    { db: DB_NAME, versions: VERSIONS, texts: VERSION_TEXTS, count },
  );
}

test('the history lists an example, an upload and typing, newest first; Restore and Ctrl+Z', async ({
  page,
}) => {
  const app = new PodscopePage(page);
  const input = new InputPage(page);
  const example = CATALOG[1];
  const uploaded = minimalPod('from-a-file');
  await app.open();

  await input.openExample(example.title);
  await expect(app.node('pod', example.workload)).toBeVisible();
  await input.setFile('from-a-file.yaml', 'application/yaml', uploaded);
  await expect(app.node('pod', 'from-a-file')).toBeVisible();
  await app.editor.typeAt(1, 1, '# tuned by hand\n');
  const typed = `# tuned by hand\n${uploaded}`;
  await expect.poll(() => input.editorText()).toBe(typed);

  // A typing version is kept once typing pauses.
  await expectNewest(app, ['typing', 'upload', 'example']);

  await app.openVersions();
  const [typing, upload, fromGallery] = await app.versionRows().all();
  await expect(fromGallery).toContainText(example.title);
  await expect(fromGallery).toContainText(`Pod/${example.workload}`);
  await expect(upload).toContainText('from-a-file.yaml');
  await expect(upload).toContainText('1 document');
  await expect(upload).toContainText('Pod/from-a-file');
  await expect(typing).toContainText('Typing');

  // Choosing a version shows its text; Restore puts it in the editor and closes the dialog.
  const preview = app.versions.getByRole('textbox', { name: 'Text of the chosen version' });
  await upload.click();
  await expect(upload).toHaveAttribute('aria-current', 'true');
  await expect(preview).toHaveValue(uploaded);
  await expect(app.versions).toContainText(`${uploaded.trimEnd().split('\n').length} lines`);
  await typing.click();
  await expect(preview).toHaveValue(typed);
  await upload.click();
  await expect(preview).toHaveValue(uploaded);
  await app.versions.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(app.versions).toBeHidden();
  await expect(app.versionsButton).toBeFocused();
  await expect.poll(() => input.editorText()).toBe(uploaded);

  // Undo in the editor brings back the newer text the restore replaced.
  await app.editor.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => input.editorText()).toBe(typed);
});

test('typing is kept as a version before an upload replaces it', async ({ page }) => {
  const app = new PodscopePage(page);
  const input = new InputPage(page);
  await app.open();
  await app.editor.typeAt(1, 1, '# my own notes\n');
  const typed = await input.editorText();
  expect(typed.startsWith('# my own notes\n')).toBe(true);
  // At once, before typing pauses.
  await input.setFile('next.yaml', 'application/yaml', minimalPod('next'));
  await expect(app.node('pod', 'next')).toBeVisible();

  await expectNewest(app, ['upload', 'typing']);
  await app.openVersions();
  await app.versionRows().nth(1).click();
  await expect(
    app.versions.getByRole('textbox', { name: 'Text of the chosen version' }),
  ).toHaveValue(typed);
});

test('the history keeps at most its bound; Clear empties it, also after a reload', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const app = new PodscopePage(page);
  const input = new InputPage(page);
  await app.open();
  // A first real version: the database and its stores exist from here on.
  await input.setFile('first.yaml', 'application/yaml', minimalPod('first'));
  await expectNewest(app, ['upload']);

  await seedVersions(page, 55);
  await input.setFile('last.yaml', 'application/yaml', minimalPod('last'));
  await expect(app.node('pod', 'last')).toBeVisible();
  // Keeping a version trims the history: 57 versions were there, the 7 oldest go.
  await expect
    .poll(async () => (await listedKinds(app)).length, { timeout: 30_000 })
    .toBe(MAX_VERSIONS);
  await app.openVersions();
  const rows = app.versionRows();
  await expect(rows).toHaveCount(MAX_VERSIONS);
  await expect(rows.first()).toContainText('last.yaml');
  await expect(rows.nth(1)).toContainText('seed-54.yaml');
  await expect(rows.last()).toContainText('seed-6.yaml');
  await expect(app.versions.getByText('first.yaml')).toHaveCount(0);

  // Clear asks first, inside the dialog; Cancel deletes nothing.
  const clear = app.versions.getByRole('button', { name: 'Clear history', exact: true });
  await clear.click();
  await expect(app.versions).toContainText(`Delete all ${MAX_VERSIONS} kept versions`);
  await app.versions.getByRole('button', { name: 'Cancel', exact: true }).click();
  await expect(rows).toHaveCount(MAX_VERSIONS);
  await expect(clear).toBeFocused();
  await clear.click();
  await app.versions.getByRole('button', { name: 'Delete all', exact: true }).click();
  await expect(rows).toHaveCount(0);
  await expect(app.versions).toContainText('No versions kept yet');
  await expect(app.versions).toContainText(`at most ${MAX_VERSIONS} versions and 50 MB`);
  await expect(app.versions).toContainText('nothing leaves this device');
  await page.keyboard.press('Escape');
  // The editor keeps its text.
  await expect.poll(() => input.editorText()).toBe(minimalPod('last'));

  await page.reload();
  await expect(app.node('pod', 'last')).toBeVisible();
  await app.openVersions();
  await expect(app.versions.locator('[data-versions-empty]')).toBeVisible();
  await expect(app.versionRows()).toHaveCount(0);
});

test('the dialog speaks Chinese', async ({ page }) => {
  const i18n = new I18nPage(page);
  const input = new InputPage(page);
  await i18n.open();
  await i18n.switchTo('简体中文');
  await input.setFile('zh-demo.yaml', 'application/yaml', minimalPod('zh-demo'));
  await expect(page.locator('.react-flow [data-kind="pod"][data-name="zh-demo"]')).toBeVisible();

  const button = page.getByRole('button', { name: '历史版本', exact: true });
  const dialog = page.getByRole('dialog', { name: '历史版本' });
  const rows = dialog.locator('[data-version-kind]');
  // The version is stored a moment after the upload; the dialog reads the history as it opens.
  await expect(async () => {
    if (await dialog.isVisible()) await page.keyboard.press('Escape');
    await button.click();
    await expect(rows.first()).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  await expect(rows.first()).toHaveAttribute('data-version-kind', 'upload');
  await expect(rows.first()).toContainText('上传');
  await expect(rows.first()).toContainText('1 个文档');
  await rows.first().click();
  await expect(dialog.getByRole('button', { name: '恢复', exact: true })).toBeVisible();
  await expect(dialog.getByRole('textbox', { name: '所选版本的内容' })).toHaveValue(
    minimalPod('zh-demo'),
  );
  await expect(dialog.getByRole('button', { name: '清空历史', exact: true })).toBeVisible();
  await expect(dialog).toContainText('只保存在这个浏览器里');
  // Names from the manifest (`zh-demo.yaml`, `Pod/zh-demo`) are identifiers; no English prose.
  expect(untranslatedWords(await dialog.innerText())).toEqual([]);
});

test('a browser that keeps no storage gets a clear message in the dialog', async ({ page }) => {
  // As some private modes do: the page's database cannot be opened at all.
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('storage is turned off', 'SecurityError');
    };
  });
  const app = new PodscopePage(page);
  await app.open();
  await app.versionsButton.click();
  await expect(app.versions.getByRole('alert')).toContainText(
    'does not let the page use its storage',
  );
  await expect(app.versionRows()).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(app.versions).toBeHidden();
  await expect(app.versionsButton).toBeFocused();
});

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`the dialog passes WCAG 2.1 AA in the ${theme} theme`, async ({ page }, info) => {
    test.setTimeout(120_000);
    const a = new A11yPage(page, info);
    const app = new PodscopePage(page);
    const input = new InputPage(page);
    await a.open(theme);
    await app.openVersions();
    await expect(app.versions.locator('[data-versions-empty]')).toBeVisible();
    expect.soft(await a.violations(`history-empty-${theme}`), 'empty').toEqual([]);
    await page.keyboard.press('Escape');

    await input.setFile('web.yaml', 'application/yaml', minimalPod('web'));
    await expectNewest(app, ['upload']);
    await app.openVersions();
    await app.versionRows().first().click();
    await expect(app.versions.getByRole('button', { name: 'Restore' })).toBeVisible();
    expect.soft(await a.violations(`history-preview-${theme}`), 'preview').toEqual([]);
    await app.versions.getByRole('button', { name: 'Clear history' }).click();
    await expect(app.versions.getByRole('button', { name: 'Delete all' })).toBeVisible();
    expect.soft(await a.violations(`history-clear-${theme}`), 'asking to clear').toEqual([]);
  });
}

for (const size of [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`the dialog fits a ${size.width}×${size.height} window in both themes`, async ({ page }) => {
    await page.setViewportSize(size);
    const app = new PodscopePage(page);
    const input = new InputPage(page);
    await app.open();
    await input.openExample(CATALOG[2].title);
    await input.setFile(
      'a-manifest-with-a-rather-long-file-name-from-the-release-branch.yaml',
      'application/yaml',
      CATALOG.map((_, i) => minimalPod(`workload-${i}`)).join('---\n'),
    );
    await expectNewest(app, ['upload', 'example']);
    await app.openVersions();
    await app.versionRows().first().click();
    const restore = app.versions.getByRole('button', { name: 'Restore', exact: true });
    await expect(restore).toBeVisible();

    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      const dialog = await box(app.versions);
      expect(dialog.x).toBeGreaterThanOrEqual(0);
      expect(dialog.y).toBeGreaterThanOrEqual(0);
      expect(dialog.x + dialog.width).toBeLessThanOrEqual(size.width);
      expect(dialog.y + dialog.height).toBeLessThanOrEqual(size.height);
      const parts = [
        ...(await app.versionRows().all()),
        restore,
        app.versions.getByRole('textbox'),
        app.versions.getByRole('button', { name: 'Clear history' }),
        app.versions.getByRole('button', { name: 'Close' }),
      ];
      for (const part of parts) {
        const b = await box(part);
        expect(b.x, 'inside the dialog').toBeGreaterThanOrEqual(dialog.x);
        expect(b.x + b.width, 'inside the dialog').toBeLessThanOrEqual(dialog.x + dialog.width);
      }
      // Nothing in a row is wider than the row: long names wrap instead of being cut.
      for (const row of await app.versionRows().all())
        expect(await row.evaluate((r) => r.scrollWidth - r.clientWidth)).toBeLessThanOrEqual(0);
      await page.screenshot({
        path: `test-results/screenshots/history-${size.width}x${size.height}-${theme}.png`,
      });
    }
  });
}

async function box(
  locator: Locator,
): Promise<{ x: number; y: number; width: number; height: number }> {
  const b = await locator.boundingBox();
  if (!b) throw new Error('not on screen');
  return b;
}
