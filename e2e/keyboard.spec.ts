import { expect, test } from './fixtures';
import { A11yPage, type Theme } from './pages/a11y';
import { CanvasPage } from './pages/canvas';
import { KeyboardPage, type Focused } from './pages/keyboard';

// The page from the keyboard alone: after it opens, every step is a key press (Tab, Shift+Tab,
// arrows, Enter, Space, Escape); nothing is clicked.

const isNode = (kind: string, name: string) => (f: Focused) =>
  f.node?.kind === kind && f.node.name === name;

test('load an example, select a container and inspect it, then a finding, all from the keyboard', async ({
  page,
}, info) => {
  const a = new A11yPage(page, info);
  const keys = new KeyboardPage(page);
  const canvas = new CanvasPage(page);
  await a.open('light');

  // The first Tab stops are the skip links, then the Examples button; each shows the focus.
  await page.keyboard.press('Tab');
  expect(await keys.focused()).toMatchObject({ tag: 'button', name: 'Skip to the pod graph' });
  expect((await a.settledFocusIndicator()).visible).toBe(true);
  await page.keyboard.press('Tab');
  expect(await keys.focused()).toMatchObject({ tag: 'button', name: 'Skip to the findings' });
  await page.keyboard.press('Tab');
  expect(await keys.focused()).toMatchObject({ tag: 'button', name: 'Examples' });
  expect((await a.settledFocusIndicator()).visible).toBe(true);

  // The gallery opens on its first card; Tab walks the cards, Enter loads one.
  await page.keyboard.press('Enter');
  await expect(a.gallery).toBeVisible();
  expect((await keys.focused()).example).toBe('default');
  await keys.tabUntil((f) => f.example === 'port-clash', 'the port clash example');
  expect((await a.settledFocusIndicator()).visible).toBe(true);
  await page.keyboard.press('Enter');
  await expect(a.gallery).toBeHidden();
  await expect(a.podNode).toHaveAttribute('data-name', 'port-clash-demo');
  // The focus is back where it was before the gallery opened.
  expect((await keys.focused()).name).toBe('Examples');

  // Into the graph: past the header and the editor (Escape, then Tab, leaves the editor).
  const first = await keys.tabUntil((f) => f.inGraph, 'the graph');
  expect(first.node).toEqual({ kind: 'pod', name: 'port-clash-demo' });

  // The container that binds 8080 second: one port, and the clash as a warning on it.
  const tool = await keys.tabUntil(isNode('container', 'debug-tool'), 'the debug-tool node');
  expect(tool.name).toBe(
    'debug-tool, app container, image nicolaka/netshoot:v0.13, 1 port; 1 finding, worst: warning',
  );
  const ring = await a.settledFocusIndicator();
  expect(ring).toMatchObject({ drawnOn: 'container', visible: true });
  await page.screenshot({ path: 'test-results/screenshots/keyboard-node-focus.png' });

  // Enter selects it: the card is marked and the inspector shows it.
  await page.keyboard.press('Enter');
  await expect(canvas.node('container', 'debug-tool')).toHaveAttribute('data-selected', 'true');
  await expect(a.inspectorTitle).toHaveText('debug-tool');

  // Selected, it moves with the arrow keys (10px a press), and the move is announced.
  const before = await canvas.position('container', 'debug-tool');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(() => canvas.position('container', 'debug-tool'))
    .toEqual({ x: before.x + 20, y: before.y });
  await expect(keys.liveRegion()).toContainText('Moved selected node right');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => canvas.position('container', 'debug-tool')).toEqual(before);

  // Shift+Tab goes back to the other container; Space selects that one.
  await page.keyboard.press('Shift+Tab');
  expect((await keys.focused()).node).toEqual({ kind: 'container', name: 'web' });
  await page.keyboard.press('Space');
  await expect(a.inspectorTitle).toHaveText('web');
  await expect(canvas.node('container', 'debug-tool')).not.toHaveAttribute('data-selected');

  // On to the findings list (one Tab stop; the arrow keys move inside it).
  const row = await keys.tabUntil((f) => f.finding !== null, 'the findings list');
  expect(row.finding).toBe('port-clash');
  expect((await a.settledFocusIndicator()).visible).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-rule-id="port-clash"]')).toHaveAttribute('aria-current', 'true');
  // The editor selects the second containerPort: 8080 on line 22, where its value starts.
  await expect.poll(() => keys.editorSelection()).toEqual({ text: '8080', line: 22, column: 32 });
  await expect(a.inspectorTitle).toContainText('port-clash');
  await page.screenshot({ path: 'test-results/screenshots/keyboard-finding.png' });
});

for (const theme of ['light', 'dark'] as Theme[]) {
  test(`every Tab stop shows where the focus is (${theme} theme)`, async ({ page }) => {
    const a = new A11yPage(page);
    const keys = new KeyboardPage(page);
    await a.open(theme);
    const unseen: string[] = [];
    const stops: string[] = [];
    await page.keyboard.press('Tab');
    const start = await keys.focused();
    for (let i = 0; i < 120; i++) {
      const f = await keys.focused();
      if (f.tag !== 'body') {
        if (i > 0 && f.name === start.name && f.tag === start.tag) break;
        const ring = await a.settledFocusIndicator();
        stops.push(ring.focused);
        if (!ring.visible) unseen.push(`${ring.focused}: outline ${ring.outline}`);
      }
      if (f.inEditor) await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
    }
    // The header, the editor, the splitters, every node, chip and mount of the default graph,
    // the view buttons, the inspector and the findings list: a full round, each one shown.
    expect(stops.length).toBeGreaterThan(30);
    expect(stops).toContain('button "Zoom in"');
    expect(unseen).toEqual([]);
  });
}

test('Escape closes the gallery and the export menu and gives the focus back', async ({ page }) => {
  const a = new A11yPage(page);
  const keys = new KeyboardPage(page);
  await a.open('dark');
  await keys.tabUntil((f) => f.name === 'Examples', 'the Examples button');
  await page.keyboard.press('Enter');
  await expect(a.gallery).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(a.gallery).toBeHidden();
  expect((await keys.focused()).name).toBe('Examples');

  await keys.tabUntil((f) => f.name === 'Export', 'the Export button');
  await page.keyboard.press('ArrowDown');
  await expect(a.exportMenu).toBeVisible();
  expect((await keys.focused()).role).toBe('menuitem');
  expect((await a.settledFocusIndicator()).visible).toBe(true);
  await page.keyboard.press('Escape');
  await expect(a.exportMenu).toBeHidden();
  expect((await keys.focused()).name).toBe('Export');
});

test('the skip links, shown when focused, take the focus past the editor to the graph or the findings', async ({
  page,
}) => {
  const a = new A11yPage(page);
  const keys = new KeyboardPage(page);
  await a.open('light');
  const skip = page.getByRole('button', { name: 'Skip to the pod graph' });
  await expect(skip).not.toBeInViewport();

  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.screenshot({ path: 'test-results/screenshots/keyboard-skip-link.png' });
  await page.keyboard.press('Enter');
  await expect(skip).not.toBeInViewport();
  // The next Tab is the graph's first node: the header and the editor are behind.
  await page.keyboard.press('Tab');
  expect((await keys.focused()).node).toEqual({ kind: 'pod', name: 'pod-demo' });

  await page.keyboard.press('Shift+Tab');
  await keys.tabUntil((f) => f.name === 'Skip to the findings', 'the second skip link', {
    backwards: true,
  });
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  // The list's one Tab stop: its first entry, a finding's row or the heading of a group.
  const first = await keys.focused();
  expect(first.finding ?? first.findingGroup).not.toBeNull();
});
