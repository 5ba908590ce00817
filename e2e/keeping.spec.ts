// Nothing the user wrote is lost: each tab keeps its own working copy across reloads, a duplicated
// tab gets its own, newer work in another tab is offered (never loaded unasked), a new tab opens
// the most recent work, big texts are kept, a refusal to store is said out loud, and only the
// broken document's workloads are drawn stale.
import { generateManifest } from '../scripts/bench/generate';
import { expect, test } from './fixtures';
import { KeepingTab, SLOW } from './pages/keeping';
import { allSavedWork, savedWork } from './pages/storage';

test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

const pod = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: ${name}\nspec:\n  containers:\n  - name: app\n    image: nginx:1.27\n`;

test('two tabs edit and reload independently, each keeps its own work', async ({ context }) => {
  const a = new KeepingTab(await context.newPage());
  const b = new KeepingTab(await context.newPage());
  await a.open();
  await b.open();
  await a.typeAtEnd('# work done in tab A\n');
  const textA = await a.editorText();
  await a.waitSaved(textA);
  await b.typeAtEnd('# work done in tab B\n');
  const textB = await b.editorText();
  await b.waitSaved(textB);
  expect(await a.tabId()).not.toBe(await b.tabId());

  await a.page.reload();
  await expect(a.app.editor.content).toBeVisible();
  expect(await a.editorText()).toBe(textA);
  await b.page.reload();
  await expect(b.app.editor.content).toBeVisible();
  expect(await b.editorText()).toBe(textB);
  expect(textB).not.toContain('# work done in tab A');
});

test('a duplicated tab gets its own working copy', async ({ context }) => {
  const a = new KeepingTab(await context.newPage());
  await a.open();
  await a.typeAtEnd('# before the copy\n');
  const before = await a.editorText();
  await a.waitSaved(before);
  const id = await a.tabId();
  expect(id).not.toBeNull();

  // "Duplicate tab" copies sessionStorage, the tab's id included.
  const page = await context.newPage();
  await page.addInitScript((tab) => {
    if (sessionStorage.getItem('podscope.tab') === null)
      sessionStorage.setItem('podscope.tab', tab);
  }, id!);
  const copy = new KeepingTab(page);
  await copy.open();
  expect(await copy.editorText()).toBe(before);
  await expect.poll(() => copy.tabId(), SLOW).not.toBe(id);

  await copy.typeAtEnd('# only in the copy\n');
  const copied = await copy.editorText();
  await copy.waitSaved(copied);
  await a.page.reload();
  await expect(a.app.editor.content).toBeVisible();
  expect(await a.editorText()).toBe(before);
  await copy.page.reload();
  await expect(copy.app.editor.content).toBeVisible();
  expect(await copy.editorText()).toBe(copied);
});

test('when one tab saves newer work the other offers it, and opens it only when asked', async ({
  context,
}) => {
  const a = new KeepingTab(await context.newPage());
  const b = new KeepingTab(await context.newPage());
  await a.open();
  await b.open();
  const mine = await b.editorText();
  await a.typeAtEnd('# newer work in tab A\n');
  const newer = await a.editorText();
  await a.waitSaved(newer);

  await expect(b.otherWork).toContainText('Another tab saved newer work', SLOW);
  // Offered, not loaded: tab B still shows its own text.
  expect(await b.editorText()).toBe(mine);
  await b.otherWork.getByRole('button', { name: 'Open it here' }).click();
  await expect.poll(() => b.editorText(), SLOW).toBe(newer);
  await expect(b.otherWork).toBeHidden();
  // One undo step brings tab B's own text back.
  await b.app.editor.focus();
  await b.page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => b.editorText(), SLOW).toBe(mine);
});

test('a new tab opens the most recent work', async ({ context }) => {
  const a = new KeepingTab(await context.newPage());
  await a.open();
  await a.typeAtEnd('# the most recent work\n');
  const text = await a.editorText();
  await a.waitSaved(text);

  await a.upload('mine.yaml', `${text}# uploaded\n`);
  await a.waitSaved(`${text}# uploaded\n`);

  const fresh = new KeepingTab(await context.newPage());
  await fresh.open();
  expect(await fresh.editorText()).toBe(`${text}# uploaded\n`);
  // The status line names where the text came from, not the example a first visit shows.
  await expect(fresh.page.locator('[data-status="source"]')).toContainText('mine.yaml');
});

test('a 12,000-document, 9.5 MB manifest survives a reload', async ({ page }) => {
  test.setTimeout(600_000);
  const text = generateManifest(12_000)
    .split('---\n')
    .map(
      (doc, i) =>
        `# document ${i + 1} of 12000, rendered from the chart's templates/ folder and values.yaml\n${doc}`,
    )
    .join('---\n');
  expect(Buffer.byteLength(text)).toBeGreaterThan(9_500_000);
  const tab = new KeepingTab(page);
  await tab.open();
  await tab.upload('rendered.yaml', text);
  await expect.poll(() => tab.editorText().then((t) => t.length), SLOW).toBe(text.length);
  await tab.waitSaved(text, { timeout: 300_000 });

  await page.reload();
  await expect.poll(() => tab.editorText().then((t) => t === text), SLOW).toBe(true);
  await expect(tab.app.graph.locator('[data-kind="pod"]')).toBeVisible({ timeout: 300_000 });
});

test('full storage: a notice says what was not saved; the previous copy and the editor text stay', async ({
  page,
  context,
}) => {
  const tab = new KeepingTab(page);
  await tab.open();
  // The offline copy of the page's files counts against the same quota: it is measured once the
  // service worker has stored all of them, so none of the room left below goes to it.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
  // The browser's storage for this site is nearly full: room for a small text, not for a big one.
  // (Set before the page stores anything: the browser reads the quota when storing starts.)
  // The estimate trails the cache's last writes (the browser counts them in the background): read
  // it until three reads in a row agree, or the room left below would already be taken.
  const reads: number[] = [];
  await expect
    .poll(
      async () => {
        reads.push(
          await page.evaluate(async () => (await navigator.storage.estimate()).usage ?? 0),
        );
        return reads.length >= 3 && reads.slice(-3).every((u) => u === reads.at(-1));
      },
      { intervals: [300], timeout: 30_000 },
    )
    .toBe(true);
  const usage = reads.at(-1) ?? 0;
  const cdp = await context.newCDPSession(page);
  const origin = new URL(page.url()).origin;
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: usage + 300_000 });
  await tab.typeAtEnd('# the previous good copy\n');
  const previous = await tab.editorText();
  await tab.waitSaved(previous);

  // The browser compresses what it stores: each document carries a build digest that does not
  // compress away.
  const big = generateManifest(1500)
    .split('---\n')
    .map((doc, i) => `# build digest ${digest(i)}\n${doc}`)
    .join('---\n');
  expect(big.length).toBeGreaterThan(2_000_000);
  await tab.upload('big.yaml', big);

  await expect(tab.notSaved).toContainText('storage for podscope is full', SLOW);
  expect(await tab.editorText()).toBe(big);
  expect((await savedWork(page))?.text).toBe(previous);
  await cdp.send('Storage.overrideQuotaForOrigin', { origin });
});

test('one broken document among many: the first valid workload is drawn, not the previous input', async ({
  page,
}) => {
  const tab = new KeepingTab(page);
  await tab.open();
  await expect(tab.app.node('pod', 'pod-demo')).toBeVisible();
  const duplicateKey = `apiVersion: v1\nkind: Pod\nmetadata:\n  name: broken\n  name: twice\nspec:\n  containers: []\n`;
  await tab.pasteOver([duplicateKey, pod('first-valid'), pod('second-valid')].join('---\n'));

  await expect(tab.app.findingsFor('yaml-syntax').first()).toBeVisible();
  await expect(tab.app.node('pod', 'first-valid')).toBeVisible();
  await expect(tab.app.node('pod', 'pod-demo')).toHaveCount(0);
  await expect(page.locator('[data-stale="true"]')).toHaveCount(0);
});

test('beside a document that never parses, a workload whose document breaks is drawn as it last parsed', async ({
  page,
}) => {
  const tab = new KeepingTab(page);
  await tab.open();
  // A chart template: never valid YAML on its own.
  const template =
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}-config\n';
  const text = [template, pod('web')].join('---\n');
  await tab.pasteOver(text);
  const container = tab.app.node('container', 'app');
  await expect(container).toContainText('nginx:1.27');
  await tab.app.replaceText(text, 'nginx:1.27', 'nginx:1.28');
  await expect(container).toContainText('nginx:1.28');

  // Now the pod's own document breaks too: it is drawn as it last parsed (1.28), marked stale,
  // not from the example that was the last text without any error.
  await tab.app.editor.cursorTo(text.split('\n').length - 1, 1);
  await page.keyboard.insertText('  broken: [unclosed\n');
  await expect(page.locator('[data-stale="true"]').first()).toBeVisible();
  await expect(container).toContainText('nginx:1.28');
  await expect(tab.app.node('pod', 'web')).toBeVisible();
  await expect(tab.app.node('pod', 'pod-demo')).toHaveCount(0);
});

test('the text an earlier podscope saved is migrated', async ({ page }) => {
  const old = `${pod('saved-long-ago')}# kept by podscope 0.x\n`;
  await page.addInitScript((text) => {
    if (sessionStorage.getItem('seeded') !== null) return;
    sessionStorage.setItem('seeded', '1');
    localStorage.setItem('podscope.manifest.v1', JSON.stringify({ text, source: 'old.yaml' }));
  }, old);
  const tab = new KeepingTab(page);
  await tab.open();
  expect(await tab.editorText()).toBe(old);
  await expect(tab.app.node('pod', 'saved-long-ago')).toBeVisible();
  await tab.waitSaved(old);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem('podscope.manifest.v1')))
    .toBeNull();

  await page.reload();
  expect(await tab.editorText()).toBe(old);
  expect((await allSavedWork(page)).map((w) => w.text)).toEqual([old]);
});

/** 1,000 hex digits that differ from document to document and never repeat (a tiny LCG). */
function digest(seed: number): string {
  let x = (seed * 2654435761 + 1) >>> 0;
  let out = '';
  while (out.length < 1000) {
    x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out;
}
