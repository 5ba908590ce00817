import { expect, test } from './fixtures';
import { A11yPage } from './pages/a11y';
import { LayoutPage, type Size } from './pages/layout';

// The page's frame at the sizes people use: a 1024×768 projector or old laptop, a 1280×720
// projector, a 1440×900 laptop and a 1920×1080 monitor. The graph gets most of the width, the
// header stays one row, and the panes collapse, resize and come back as the user left them.

// Each test walks many steps through a production build; on a busy machine that takes a while.
test.describe.configure({ timeout: 120_000 });

const SIZES: readonly Size[] = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
  { width: 1440, height: 900 },
  { width: 1920, height: 1080 },
];

for (const size of SIZES) {
  test(`at ${size.width}×${size.height} the header is one row and the graph has most of the width`, async ({
    page,
  }) => {
    const l = new LayoutPage(page);
    await l.open(size);

    const row = await l.headerRow();
    expect(Object.keys(row.centres).length).toBeGreaterThan(8);
    for (const [name, centre] of Object.entries(row.centres))
      expect(Math.abs(centre - row.centre), `${name} sits on the header's row`).toBeLessThan(4);
    // One row: the header is the tallest control and its padding, not two controls high.
    expect(row.height).toBeLessThan(row.tallest + 20);
    // The accessible names stay whether or not the labels show.
    for (const name of ['Examples', 'Upload', 'Share', 'Export', 'Present'])
      await expect(l.header.getByRole('button', { name, exact: true })).toBeVisible();
    expect(await l.wrappedButtons()).toEqual([]);

    const share = await l.canvasShare();
    expect(share).toBeGreaterThanOrEqual(size.width < 1200 ? 0.6 : 0.5);

    if (size.width >= 1200) {
      // Wide enough for the inspector above the findings, both in view.
      await expect(l.inspector).toBeVisible();
      await expect(l.findingsList).toBeVisible();
      await expect(page.getByRole('tab')).toHaveCount(0);
    } else {
      // Narrow: the side panel waits on a rail, its way back labelled with the findings count.
      await expect(l.side).toBeHidden();
      await expect(l.showFindings).toBeVisible();
      await expect(l.showInspector).toBeVisible();
    }
    await expect(l.statusLine.getByText('Runs in your browser')).toBeVisible();
    await l.screenshot(`${size.width}`);
  });
}

test('the editor collapses to a rail with the mouse and comes back as wide as it was', async ({
  page,
}) => {
  const l = new LayoutPage(page);
  await l.open({ width: 1280, height: 720 });
  const editorWidth = await l.width(l.editorPane);
  const graphWidth = await l.width(l.graphPane);
  await expect(l.hideEditor).toHaveAttribute('title', 'Hide the editor (Ctrl+Alt+E)');

  await l.hideEditor.click();
  await expect(l.editorPane).toBeHidden();
  await expect(l.showEditor).toBeVisible();
  await expect(l.editorSplitter).toHaveCount(0);
  expect(await l.width(l.graphPane)).toBeGreaterThan(graphWidth + editorWidth - 60);
  await l.screenshot('editor-collapsed');

  await l.showEditor.click();
  await expect(l.editorPane).toBeVisible();
  await expect(l.showEditor).toBeHidden();
  expect(await l.width(l.editorPane)).toBe(editorWidth);
  expect(await l.width(l.graphPane)).toBe(graphWidth);
});

test('New brings a collapsed editor back, with the cursor in it', async ({ page }) => {
  const l = new LayoutPage(page);
  await l.open({ width: 1280, height: 720 });
  await l.hideEditor.click();
  await expect(l.editorPane).toBeHidden();
  await l.header.getByRole('button', { name: 'New', exact: true }).click();
  await expect(l.editorPane).toBeVisible();
  await expect(l.editorContent).toBeFocused();
  expect(await l.editorText()).toBe('');
});

test('Ctrl+Alt+E and Ctrl+Alt+I hide and show the panes, from the editor too, typing nothing', async ({
  page,
}) => {
  const l = new LayoutPage(page);
  await l.open({ width: 1440, height: 900 });
  const before = await l.editorText();
  await l.editorContent.click();

  await page.keyboard.press('Control+Alt+E');
  await expect(l.editorPane).toBeHidden();
  // The focus was in the editor: it waits on the button that brings it back.
  await expect(l.showEditor).toBeFocused();
  await page.keyboard.press('Control+Alt+E');
  await expect(l.editorPane).toBeVisible();
  await expect(l.hideEditor).toBeFocused();

  await page.keyboard.press('Control+Alt+I');
  await expect(l.side).toBeHidden();
  await expect(l.showInspector).toBeVisible();
  await page.keyboard.press('Control+Alt+I');
  await expect(l.side).toBeVisible();
  await expect(l.inspector).toBeVisible();
  await expect(l.findingsList).toBeVisible();

  // Nothing was typed into the text on the way.
  expect(await l.editorText()).toBe(before);
});

test('the splitters resize from the keyboard, and sizes and collapsed panes survive a reload', async ({
  page,
}) => {
  const l = new LayoutPage(page);
  await l.open({ width: 1280, height: 720 });
  const editorWidth = await l.width(l.editorPane);

  await l.editorSplitter.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(l.editorSplitter).toHaveAttribute('aria-valuenow', String(editorWidth + 72));
  expect(await l.width(l.editorPane)).toBe(editorWidth + 72);
  const sideWidth = await l.width(l.side);
  await l.sideSplitter.focus();
  await page.keyboard.press('ArrowLeft');
  expect(await l.width(l.side)).toBe(sideWidth + 24);
  await l.hideSide.click();
  await expect(l.side).toBeHidden();

  await l.reload();
  expect(await l.width(l.editorPane)).toBe(editorWidth + 72);
  await expect(l.side).toBeHidden();
  await l.showInspector.click();
  await expect(l.side).toBeVisible();
  expect(await l.width(l.side)).toBe(sideWidth + 24);
});

test('a resized window keeps the sizes the user chose and moves the ones they did not', async ({
  page,
}) => {
  const l = new LayoutPage(page);
  await l.open({ width: 1440, height: 900 });
  await l.editorSplitter.focus();
  await page.keyboard.press('ArrowLeft');
  const chosen = await l.width(l.editorPane);
  const side = await l.width(l.side);

  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect.poll(() => l.width(l.side)).toBeGreaterThan(side);
  expect(await l.width(l.editorPane)).toBe(chosen);
  expect(await l.canvasShare()).toBeGreaterThanOrEqual(0.5);
});

test('below 1200 px the inspector and the findings share the side panel as tabs', async ({
  page,
}) => {
  const l = new LayoutPage(page);
  await l.open({ width: 1024, height: 768 });
  const findingsTab = l.tab(/^Findings \(\d+\)$/);
  const inspectorTab = l.tab('Inspector');

  // The rail opens the panel on the findings.
  await l.showFindings.click();
  await expect(l.side).toBeVisible();
  await expect(findingsTab).toHaveAttribute('aria-selected', 'true');
  await expect(findingsTab).toBeFocused();
  await expect(l.findingsList).toBeVisible();
  await expect(l.inspector).toBeHidden();
  const count = (await l.findingsList.locator('[data-rule-id]').count()).toString();
  await expect(findingsTab).toHaveText(`Findings (${count})`);

  // The arrow keys move between the tabs and show each one.
  await page.keyboard.press('ArrowLeft');
  await expect(inspectorTab).toBeFocused();
  await expect(inspectorTab).toHaveAttribute('aria-selected', 'true');
  await expect(l.inspector).toBeVisible();
  await expect(l.findingsList).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(l.findingsList).toBeVisible();
  await l.screenshot('1024-findings-tab');

  // A click on the Inspector tab, and back.
  await inspectorTab.click();
  await expect(l.inspector).toBeVisible();
  await findingsTab.click();
  await expect(l.findingsList).toBeVisible();

  // Choosing a node on the graph shows it in the inspector.
  await page.locator('.react-flow [data-kind="container"] .node-title').first().click();
  await expect(inspectorTab).toHaveAttribute('aria-selected', 'true');
  await expect(l.inspector).toBeVisible();
});

test('at 1024 px a node chosen on the graph opens the collapsed side panel on the inspector', async ({
  page,
}) => {
  const l = new LayoutPage(page);
  await l.open({ width: 1024, height: 768 });
  await expect(l.side).toBeHidden();
  await page.locator('.react-flow [data-kind="container"] .node-title').first().click();
  await expect(l.side).toBeVisible();
  await expect(l.tab('Inspector')).toHaveAttribute('aria-selected', 'true');
  await expect(l.inspector).toBeVisible();
  await l.screenshot('1024-inspector-opened');

  // Collapsed by the user, it stays collapsed when the next node is chosen.
  await l.hideSide.click();
  await expect(l.side).toBeHidden();
  await page.locator('.react-flow [data-kind="container"] .node-title').last().click();
  await expect(l.side).toBeHidden();
});

test('presentation shows the graph alone; Escape brings every pane back as it was', async ({
  page,
}) => {
  const l = new LayoutPage(page);
  await l.open({ width: 1280, height: 720 });
  // A layout of the user's own: a wider editor and the side panel collapsed.
  await l.editorSplitter.focus();
  await page.keyboard.press('ArrowRight');
  await l.hideSide.click();
  const editorWidth = await l.width(l.editorPane);
  const graphWidth = await l.width(l.graphPane);

  await l.presentButton.click();
  await expect(l.header).toBeHidden();
  await expect(l.editorPane).toBeHidden();
  await expect(l.side).toBeHidden();
  await expect(l.showInspector).toBeHidden();
  await expect(l.showEditor).toBeHidden();
  await expect(l.statusLine).toBeHidden();
  await expect(l.exitPresentation).toBeVisible();
  await expect.poll(() => l.canvasShare()).toBe(1);
  expect((await l.graphPane.boundingBox())?.height).toBe(720);
  await l.screenshot('presenting');

  await page.keyboard.press('Escape');
  await expect(l.header).toBeVisible();
  await expect(l.editorPane).toBeVisible();
  await expect(l.statusLine).toBeVisible();
  await expect(l.side).toBeHidden();
  await expect(l.showInspector).toBeVisible();
  expect(await l.width(l.editorPane)).toBe(editorWidth);
  expect(await l.width(l.graphPane)).toBe(graphWidth);
  // The focus is back on the button that started it.
  await expect(l.presentButton).toBeFocused();

  // The floating button leaves too.
  await l.presentButton.click();
  await l.exitPresentation.click();
  await expect(l.header).toBeVisible();
  await expect(l.editorPane).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`the rails, the tabs and the way out of presentation pass axe (${theme} theme)`, async ({
    page,
  }, info) => {
    const l = new LayoutPage(page);
    const a = new A11yPage(page, info);
    await page.setViewportSize({ width: 1024, height: 768 });
    await a.open(theme);
    await l.hideEditor.click();
    await expect(l.showEditor).toBeVisible();
    expect.soft(await a.violations(`layout-rails-${theme}`), 'both rails').toEqual([]);

    await l.showFindings.click();
    await expect(l.findingsList).toBeVisible();
    expect.soft(await a.violations(`layout-tabs-${theme}`), 'the side panel’s tabs').toEqual([]);

    await l.presentButton.click();
    await expect(l.exitPresentation).toBeVisible();
    expect.soft(await a.violations(`layout-presenting-${theme}`), 'presenting').toEqual([]);
  });
}
