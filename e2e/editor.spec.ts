import { expect, test, type Page } from './fixtures';
import { EditorPage } from './pages/editor';

// Two containers in one network namespace, each on its own port: no findings at all.
const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: app
      image: nginx:1.27
      ports:
        - containerPort: 8080
      resources:
        requests: { cpu: 100m, memory: 128Mi }
        limits: { cpu: 500m, memory: 256Mi }
      securityContext: { allowPrivilegeEscalation: false }
    - name: metrics
      image: prom/statsd-exporter:v0.26.0
      ports:
        - containerPort: 9102
      resources:
        requests: { cpu: 50m, memory: 64Mi }
        limits: { cpu: 100m, memory: 128Mi }
      securityContext: { allowPrivilegeEscalation: false }
`;
// Line 18 holds the metrics port; its value starts at column 26.
const PORT_LINE = 18;
const PORT_COLUMN = 26;
// The metrics agent on the app's port: both bind 8080 in one network namespace.
const CLASH = POD.replace('containerPort: 9102', 'containerPort: 8080');

const SHOTS = 'test-results/screenshots';

function findings(page: Page, ruleId?: string) {
  return page.locator(ruleId ? `[data-rule-id="${ruleId}"]` : '[data-rule-id]');
}

let pageErrors: string[] = [];
test.beforeEach(({ page }) => {
  pageErrors = [];
  page.on('pageerror', (err) => pageErrors.push(err.message));
});
test.afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test('typing updates the findings, the squiggles and the gutter; undo takes it back', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.setText(POD);
  await expect(findings(page)).toHaveCount(0);
  await expect(editor.gutterMarkers).toHaveCount(0);

  await editor.selectAt(PORT_LINE, PORT_COLUMN, 4);
  expect(await editor.selectedText()).toBe('9102');
  await page.keyboard.type('8080');

  await expect(findings(page, 'port-clash')).toHaveCount(1);
  await expect(findings(page, 'port-clash')).toHaveAttribute('data-severity', 'warning');
  await expect(editor.root.locator('.cm-lintRange-warning')).toHaveText('8080');
  await expect.poll(() => editor.markerLines()).toEqual([PORT_LINE]);
  await expect(editor.gutterMarkers).toHaveClass(/cm-lint-marker-warning/);

  const tip = await editor.hoverMarker(PORT_LINE);
  await expect(tip).toContainText('port-clash');
  await expect(tip).toContainText('8080/TCP');
  await page.screenshot({ path: `${SHOTS}/editor-gutter-hover.png` });

  // Hovering the squiggle itself shows the same text.
  await page.mouse.move(0, 0);
  await expect(editor.tooltip).toBeHidden();
  await editor.root.locator('.cm-lintRange-warning').hover();
  await expect(editor.tooltip).toContainText('both declare port 8080/TCP');

  const [shown, ...more] = await editor.diagnostics();
  expect(more).toEqual([]);
  expect(shown).toMatchObject({ severity: 'warning', source: 'port-clash' });
  expect(shown.message).toContain('app and metrics both declare port 8080/TCP');

  await editor.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.line(PORT_LINE)).toHaveText('        - containerPort: 9102');
  await expect(findings(page)).toHaveCount(0);
  await expect(editor.gutterMarkers).toHaveCount(0);

  // Typing at full speed loses nothing while the page catches up with each keystroke.
  const comment = '# the metrics agent listens on its own port, 9102, next to the app on 8080';
  await editor.typeAt(1, 1, `${comment}\n`);
  await expect(editor.line(1)).toHaveText(comment);
  await expect(editor.line(2)).toHaveText('apiVersion: v1');
  await expect(findings(page)).toHaveCount(0);
});

test('typing above a finding moves its mark along; editing its text clears it', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.setText(CLASH);
  const mark = editor.root.locator('.cm-lintRange-warning');
  await expect(mark).toHaveText('8080');
  await expect.poll(() => editor.markerLines()).toEqual([PORT_LINE]);

  // A new line after the pod's name (no keystroke on the way changes a finding): the mark, the
  // gutter and the list all follow the port one line down.
  await editor.typeAt(4, '  name: web'.length + 1, '\n  # ports');
  await expect(findings(page, 'port-clash')).toContainText(`${PORT_LINE + 1}:${PORT_COLUMN}`);
  await expect(mark).toHaveText('8080');
  await expect.poll(() => editor.markerLines()).toEqual([PORT_LINE + 1]);

  await editor.selectAt(PORT_LINE + 1, PORT_COLUMN, 4);
  await page.keyboard.type('9102');
  await expect(findings(page, 'port-clash')).toHaveCount(0);
  await expect(mark).toHaveCount(0);
  await expect(editor.gutterMarkers).toHaveCount(0);
});

test.describe('with the clipboard', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a pasted manifest is linted, and Windows line breaks become the editor’s own', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await editor.setText('');
    await expect(editor.line(2)).toHaveCount(0);

    await editor.paste(CLASH.replaceAll('\n', '\r\n'));

    await expect(editor.line(2)).toHaveText('kind: Pod');
    await expect(editor.root.locator('.cm-specialChar')).toHaveCount(0);
    await expect(findings(page, 'port-clash')).toHaveCount(1);
    await expect(editor.root.locator('.cm-lintRange-warning')).toHaveText('8080');
    await expect.poll(() => editor.markerLines()).toEqual([PORT_LINE]);
  });

  test('a paste over the whole text is named as pasted; a paste inside it keeps the source', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    const source = page.locator('[data-status="source"]');
    await editor.open();
    await expect(source).toHaveText('Source: Containers sharing a pod');

    await editor.cursorTo(1, 1);
    await editor.paste('# reviewed\n');
    await expect(editor.line(1)).toHaveText('# reviewed');
    await expect(source).toHaveText('Source: Containers sharing a pod');

    await editor.focus();
    await page.keyboard.press('ControlOrMeta+A');
    await editor.paste(POD);
    await expect(editor.line(4)).toHaveText('  name: web');
    await expect(source).toHaveText('Source: Pasted text');

    // The name is saved with the text, and a reload keeps both.
    await page.reload();
    await expect(editor.line(4)).toHaveText('  name: web');
    await expect(source).toHaveText('Source: Pasted text');
  });

  test('an uploaded CRLF file keeps its line breaks, and its findings land on the right text', async ({
    page,
  }) => {
    const editor = new EditorPage(page);
    await editor.open();
    await page.locator('input[type=file]').setInputFiles({
      name: 'web.yaml',
      mimeType: 'application/yaml',
      buffer: Buffer.from(CLASH.replaceAll('\n', '\r\n')),
    });
    await expect(editor.line(1)).toHaveText('apiVersion: v1');
    await expect(editor.root.locator('.cm-specialChar')).toHaveCount(0);
    await expect(editor.root.locator('.cm-lintRange-warning')).toHaveText('8080');
    await expect.poll(() => editor.markerLines()).toEqual([PORT_LINE]);

    // A new line typed at the top: every later offset moves by a CRLF, the squiggle follows.
    await editor.typeAt(1, 1, '# front end');
    await page.keyboard.press('Enter');
    await expect(editor.line(1)).toHaveText('# front end');
    await expect(findings(page, 'port-clash')).toContainText(`${PORT_LINE + 1}:`);
    await expect(editor.root.locator('.cm-lintRange-warning')).toHaveText('8080');
    await expect.poll(() => editor.markerLines()).toEqual([PORT_LINE + 1]);

    // Copied out, the text still has Windows line breaks, the new one included.
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.press('ControlOrMeta+C');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`# front end\r\n${CLASH.replaceAll('\n', '\r\n')}`);
  });
});

test('an example replaces the text; undo in the editor brings the user’s text back', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.setText(CLASH);
  await expect(findings(page, 'port-clash')).toHaveCount(1);

  await page.getByRole('button', { name: 'Examples' }).click();
  const examples = page.getByRole('list', { name: 'Example manifests' });
  await examples.getByRole('button').first().click();
  await expect(examples).toBeHidden();
  await expect(editor.line(4)).not.toHaveText('  name: web');

  await editor.focus();
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(editor.line(4)).toHaveText('  name: web');
  await expect(editor.line(PORT_LINE)).toHaveText('        - containerPort: 8080');
  await expect(findings(page, 'port-clash')).toHaveCount(1);
});

test('Ctrl+F opens search; Enter walks the matches; Escape returns to the text', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.setText(POD);
  await editor.cursorTo(1, 1);

  await page.keyboard.press('ControlOrMeta+F');
  await expect(editor.searchPanel).toBeVisible();
  const field = editor.searchPanel.getByRole('textbox', { name: 'Find' });
  await expect(field).toBeFocused();
  await field.pressSequentially('containerPort');
  await expect(editor.root.locator('.cm-searchMatch')).toHaveCount(2);
  await field.press('Enter');
  await expect.poll(() => editor.cursorLine()).toBe(10);
  await field.press('Enter');
  await expect.poll(() => editor.cursorLine()).toBe(PORT_LINE);
  await page.screenshot({ path: `${SHOTS}/editor-search.png` });

  await field.press('Escape');
  await expect(editor.searchPanel).toBeHidden();
  await expect(editor.content).toBeFocused();
  expect(await editor.selectedText()).toBe('containerPort');
});

test('the cursor’s line and the selection stay visible, also when focus moves away', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.setText(POD);
  await editor.cursorTo(7, 15);

  const active = editor.root.locator('.cm-activeLine');
  await expect(active).toHaveCount(1);
  await expect(active).toHaveText('    - name: app');
  await expect(active).not.toHaveCSS('background-color', 'rgba(0, 0, 0, 0)');
  await expect(editor.root.locator('.cm-lineNumbers .cm-activeLineGutter')).toHaveText('7');

  await editor.selectAt(7, 13, 3);
  expect(await editor.selectedText()).toBe('app');
  const drawn = editor.root.locator('.cm-selectionBackground');
  await expect(drawn).toBeVisible();

  await page.getByRole('heading', { level: 1 }).click();
  await expect(editor.content).not.toBeFocused();
  await expect(drawn).toBeVisible();
  await expect(active).toHaveText('    - name: app');
});

test('choosing a finding selects its YAML without taking the selection back', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.setText(CLASH);
  await editor.cursorTo(1, 1);

  const clash = findings(page, 'port-clash');
  await clash.click();
  await expect.poll(() => editor.cursorLine()).toBe(PORT_LINE);
  await expect(editor.root.locator('.cm-selectionBackground')).toBeVisible();
  // The editor did not report the reveal as a cursor move: the finding is still the selection.
  await expect(clash).toHaveAttribute('aria-current', 'true');
  await expect(clash).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/editor-reveal.png` });
  expect(await editor.selectedText()).toBe('8080');
});

test('the cursor selects the graph element it is in; a graph click shows its YAML', async ({
  page,
}) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.setText(POD);
  const app = page.locator('[data-kind="container"][data-name="app"]');
  const metrics = page.locator('[data-kind="container"][data-name="metrics"]');

  await editor.cursorTo(16, 16); // the metrics container's image
  await expect(metrics).toHaveAttribute('data-selected', 'true');
  await editor.cursorTo(8, 16); // the app container's image
  await expect(app).toHaveAttribute('data-selected', 'true');
  await expect(metrics).not.toHaveAttribute('data-selected', 'true');

  await metrics.click();
  // The whole container item is selected and the cursor sits on its first line.
  await expect.poll(() => editor.cursorLine()).toBe(15);
  await expect(editor.root.locator('.cm-selectionBackground').first()).toBeVisible();
  await expect(metrics).toHaveAttribute('data-selected', 'true');
  const selected = await editor.selectedText();
  expect(selected.startsWith('name: metrics')).toBe(true);
  expect(selected.trimEnd().endsWith('securityContext: { allowPrivilegeEscalation: false }')).toBe(
    true,
  );
});

test('Tab indents with spaces; Escape then Tab leaves the editor', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  await editor.setText(POD);
  await expect(editor.content).toHaveAccessibleDescription(/Escape, then Tab/);

  await editor.cursorTo(4, 1);
  await page.keyboard.press('Tab');
  await expect(editor.line(4)).toHaveText('    name: web');
  await expect(editor.content).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(editor.line(4)).toHaveText('  name: web');

  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(editor.content).not.toBeFocused();
  await expect(editor.line(4)).toHaveText('  name: web');
});

test('errors are marked as errors, suppressed findings dimmed but shown', async ({ page }) => {
  const editor = new EditorPage(page);
  await editor.open();
  // A memory request above its limit: the API server rejects the pod.
  await editor.setText(
    POD.replace('limits: { cpu: 500m, memory: 256Mi }', 'limits: { cpu: 500m, memory: 64Mi }'),
  );
  await expect(findings(page, 'request-exceeds-limit')).toHaveCount(1);
  await expect(editor.gutterMarkers).toHaveClass(/cm-lint-marker-error/);
  await expect(editor.root.locator('.cm-lintRange-error')).toHaveCount(1);

  const suppressed = CLASH.replace(
    '  name: web\n',
    '  name: web\n  annotations:\n    podscope.io/ignore: "port-clash # the agent is rebound at start"\n',
  );
  await editor.setText(suppressed);
  await expect(findings(page, 'port-clash')).toHaveAttribute('data-suppressed', 'true');
  await expect(editor.root.locator('.cm-podscope-suppressed')).toHaveText('8080');
  const [hint, ...others] = await editor.diagnostics();
  expect(others).toEqual([]);
  expect(hint).toMatchObject({
    severity: 'hint',
    source: 'port-clash · suppressed: the agent is rebound at start',
  });
  expect(hint.message).toContain('8080/TCP');
  await page.screenshot({ path: `${SHOTS}/editor-suppressed.png` });
});

test('the editor in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const editor = new EditorPage(page);
  await editor.open();
  await editor.setText(CLASH);
  await editor.selectAt(15, 13, 7);
  await expect(editor.root).not.toHaveCSS('background-color', 'rgb(255, 255, 255)');
  await editor.hoverMarker(PORT_LINE);
  await page.screenshot({ path: `${SHOTS}/editor-dark.png` });
});
