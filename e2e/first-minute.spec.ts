// The first minute of a visit: the tour says where your own manifest goes, New empties the
// editor for it, long lines wrap, a broken YAML never hides the canvas controls, and undoing an
// example brings back the name of what was there.
import { expect, test } from './fixtures';
import { minimalPod } from './manifests';
import { EditorPage } from './pages/editor';
import { FirstMinutePage, overlaps, surrounds } from './pages/firstMinute';

// Each test walks a whole visit on a machine that may be busy: room to finish, no time asserted.
test.describe.configure({ timeout: 120_000 });

const MINE = minimalPod('mine');

test.describe('the guided tour', () => {
  test('after the graph it points at the editor for your own manifest, then Examples and Present', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await FirstMinutePage.forceTour(page);
    const p = new FirstMinutePage(page);
    await p.open();
    await expect(p.tour).toBeVisible();
    const spot = page.locator('[data-tour-spot]');
    const card = page.locator('[data-tour-card]');

    // Framed, and not covered by the card that talks about it.
    const expectPointedAt = async (target: Awaited<ReturnType<typeof p.box>>) => {
      await expect.poll(async () => surrounds(await p.box(spot), target)).toBe(true);
      await expect.poll(async () => overlaps(await p.box(card), target)).toBe(false);
    };

    while ((await p.tourStep()) !== 'editor') await p.tourButton('Next').click();
    await expect(p.tour.getByRole('heading')).toHaveText('Your own manifest goes here');
    await expect(p.tour).toContainText('drop a YAML or JSON file');
    await expectPointedAt(await p.box(page.locator('.cm-editor')));
    await p.screenshot('tour-editor');

    await p.tourButton('Next').click();
    expect(await p.tourStep()).toBe('examples');
    // The dialog is modal: the page behind it is out of the accessibility tree for now.
    const examples = page.getByRole('button', { name: 'Examples', includeHidden: true });
    await expectPointedAt(await p.box(examples));
    await p.screenshot('tour-examples');

    await p.tourButton('Next').click();
    expect(await p.tourStep()).toBe('present');
    const present = page.getByRole('button', { name: 'Present', exact: true, includeHidden: true });
    await expectPointedAt(await p.box(present));
    await p.screenshot('tour-present');

    await p.tourButton('Done').click();
    await expect(p.tour).toBeHidden();
    // The buttons it pointed at work.
    await p.examplesButton.click();
    await expect(page.getByRole('dialog', { name: 'Examples' })).toBeVisible();
  });

  test('stays closed over a share link opened for the first time; a plain first visit gets it', async ({
    page,
    browser,
  }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    const author = new FirstMinutePage(page);
    await author.open();
    await author.content.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(MINE);
    await expect(author.podNode).toHaveAttribute('data-name', 'mine');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
    const link = page.url();
    expect(link).toContain('#v1.');

    // The reviewer: a browser that has never seen podscope.
    const context = await browser.newContext();
    try {
      const reviewerPage = await context.newPage();
      await FirstMinutePage.forceTour(reviewerPage);
      const reviewer = new FirstMinutePage(reviewerPage);
      await reviewer.open(link);
      await expect(reviewer.podNode).toHaveAttribute('data-name', 'mine');
      await expect(reviewer.source).toHaveText('Source: Shared link');
      // Give the tour every chance it would have had (it opens once the pod is drawn).
      await reviewerPage.waitForTimeout(500);
      await expect(reviewer.tour).toHaveCount(0);
      // The shared manifest is usable at once: the editor takes a click and a key.
      await reviewer.content.click();
      await expect(reviewer.content).toBeFocused();
      // Not seen, so not marked as seen.
      expect(await reviewerPage.evaluate(() => localStorage.getItem('podscope.tour'))).not.toBe(
        'done',
      );

      const visit = await context.newPage();
      await FirstMinutePage.forceTour(visit);
      const plain = new FirstMinutePage(visit);
      await plain.open('./');
      await expect(plain.tour).toBeVisible();
      expect(await plain.tourStep()).toBe('network');
    } finally {
      await context.close();
    }
  });
});

test('New empties the editor for your own manifest; Ctrl+Z brings the text and its source back', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  const p = new FirstMinutePage(page);
  await p.open();
  await expect(p.source).toHaveText('Source: Containers sharing a pod');
  const before = await p.editorText();

  // Compact: on the header's row with Examples and Upload, even at 1024 px.
  const row = (await p.box(p.examplesButton)).y;
  expect(Math.abs((await p.box(p.newButton)).y - row)).toBeLessThan(2);
  expect(Math.abs((await p.box(p.uploadButton)).y - row)).toBeLessThan(2);

  await p.newButton.click();
  await expect.poll(() => p.editorText()).toBe('');
  await expect(p.source).toHaveText('Source: New manifest');
  await expect(page.getByText('No pod to draw yet')).toBeVisible();
  await expect(p.podNode).toHaveCount(0);
  // The cursor waits in the empty editor, which says what to do.
  await expect(p.content).toBeFocused();
  await expect(page.locator('.cm-placeholder')).toContainText(
    'Paste or type a Kubernetes manifest',
  );
  await p.screenshot('new');

  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => p.editorText()).toBe(before);
  await expect(p.source).toHaveText('Source: Containers sharing a pod');
  await expect(p.podNode).toBeVisible();
});

test('long lines wrap by default; the toggle turns it off from the keyboard, and is remembered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const p = new FirstMinutePage(page);
  await p.open();
  // The default example's opening comment is longer than the editor is wide.
  await expect(p.wrapToggle).toHaveAttribute('aria-pressed', 'true');
  expect(await p.scrollsSideways()).toBe(false);
  expect(await p.tallestLineInRows()).toBeGreaterThan(1.5);
  // Wrapped rows start under the comment's text, not at the edge.
  const first = page.locator('.cm-line').first();
  await expect(first).toHaveAttribute('style', /--hang: 2ch/);
  await p.screenshot('wrap-on');

  // From the editor, the way a keyboard user leaves it: Escape, then Shift+Tab.
  await p.content.click();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Shift+Tab');
  await expect(p.wrapToggle).toBeFocused();
  await page.keyboard.press('Space');
  await expect(p.wrapToggle).toHaveAttribute('aria-pressed', 'false');
  await expect.poll(() => p.scrollsSideways()).toBe(true);
  expect(await p.tallestLineInRows()).toBeLessThan(1.5);
  await p.screenshot('wrap-off');

  await page.reload();
  await expect(p.podNode).toBeVisible();
  await expect(p.wrapToggle).toHaveAttribute('aria-pressed', 'false');
  expect(await p.scrollsSideways()).toBe(true);

  await p.wrapToggle.focus();
  await page.keyboard.press('Enter');
  await expect(p.wrapToggle).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => p.scrollsSideways()).toBe(false);
  // Wrapping keeps what the editor shows: the cursor's line and the findings.
  await p.content.click();
  await expect(page.locator('.cm-editor .cm-activeLine')).toHaveCount(1);
  const diagnostics = await new EditorPage(page).diagnostics();
  expect(diagnostics.map((d) => d.source)).toContain('missing-memory-limit');
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
]) {
  test(`while the YAML is invalid the stale notice leaves zoom and Fit clickable (${size.width}×${size.height})`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    const p = new FirstMinutePage(page);
    await p.open();
    await p.content.click();
    // The pod's own document (its first line): the example's last document is a ConfigMap.
    await page.keyboard.press('ControlOrMeta+Home');
    await page.keyboard.insertText('x: [\n');
    await expect(p.staleNotice).toBeVisible();
    await p.screenshot(`stale-${size.width}`);

    const notice = await p.box(p.staleNotice);
    for (const name of ['Zoom out', 'Zoom in', 'Fit'] as const) {
      const button = p.canvasButton(name);
      await expect(button).toBeVisible();
      expect(overlaps(notice, await p.box(button)), `the notice covers ${name}`).toBe(false);
      expect(await p.hitsItself(button), `${name} is the element under its centre`).toBe(true);
    }

    // And they work, through Playwright's own check that nothing covers them.
    const zoom = await p.zoom();
    await p.canvasButton('Zoom in').click();
    await expect.poll(() => p.zoom()).toBeGreaterThan(zoom);
    await p.canvasButton('Fit').click();
    await expect.poll(() => p.zoom()).toBeCloseTo(zoom, 2);
  });
}

test('undoing an example load names the source that was there before; redo the example again', async ({
  page,
}) => {
  const p = new FirstMinutePage(page);
  await p.open();
  await page.locator('input[type="file"]').setInputFiles({
    name: 'mine.yaml',
    mimeType: 'application/yaml',
    buffer: Buffer.from(MINE, 'utf8'),
  });
  await expect(p.source).toHaveText('Source: mine.yaml');

  await p.examplesButton.click();
  const gallery = page.getByRole('dialog', { name: 'Examples' });
  await gallery.getByRole('button', { name: 'One volume, two paths', exact: true }).click();
  await expect(gallery).toBeHidden();
  await expect(p.source).toHaveText('Source: One volume, two paths');

  await p.content.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => p.editorText()).toBe(MINE);
  await expect(p.source).toHaveText('Source: mine.yaml');

  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect(p.source).toHaveText('Source: One volume, two paths');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(p.source).toHaveText('Source: mine.yaml');

  // Saved with the text: a reload names it too.
  await page.reload();
  await expect(p.podNode).toHaveAttribute('data-name', 'mine');
  await expect(p.source).toHaveText('Source: mine.yaml');
});
