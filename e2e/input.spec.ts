import { expect, test } from './fixtures';
import { CATALOG } from '../app/examples/catalog';
import { minimalPod } from './manifests';
import { InputPage } from './pages/input';

// The first bytes of a PNG: signature, then the IHDR chunk length with its NUL bytes.
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);

let errors: string[] = [];
test.beforeEach(({ page }) => {
  errors = [];
  page.on('pageerror', (err) => errors.push(err.message));
});
test.afterEach(() => expect(errors).toEqual([]));

test('every gallery example loads: the pod frame, its containers and what it teaches', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const input = new InputPage(page);
  await input.open();
  await input.examplesButton.click();
  await expect(input.gallery).toBeVisible();
  await expect(input.gallery.getByRole('button', { name: /./ })).toHaveCount(CATALOG.length + 1);
  await input.screenshot('gallery');
  await page.emulateMedia({ colorScheme: 'dark' });
  await input.screenshot('gallery-dark');
  await page.emulateMedia({ colorScheme: 'light' });
  await page.keyboard.press('Escape');

  // Start from the last so that every example changes the pod frame, the first one included.
  for (const example of [...CATALOG].reverse()) {
    await input.openExample(example.title);
    await expect(input.podNode, example.id).toHaveAttribute('data-name', example.workload);
    for (const name of example.containers) {
      await expect(input.container(name), `${example.id}: ${name}`).toHaveCount(1);
    }
    for (const ruleId of example.teaches) {
      await expect(input.findingsFor(ruleId).first(), `${example.id}: ${ruleId}`).toBeAttached();
    }
    if (example.id === 'port-clash') await input.screenshot('port-clash');
  }
  expect(await input.editorText()).toContain('name: pod-demo');
});

test('the gallery works from the keyboard', async ({ page }) => {
  const input = new InputPage(page);
  await input.open();
  const [first, second] = CATALOG;

  await input.examplesButton.focus();
  await page.keyboard.press('Enter');
  await expect(input.gallery).toBeVisible();
  await expect(input.card(first.title)).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(input.card(second.title)).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(input.card(first.title)).toBeFocused();

  // Down lands on a card below the first one, whatever the column count.
  await page.keyboard.press('ArrowDown');
  const below = input.gallery.locator('button[data-example]:focus');
  await expect(below).toHaveCount(1);
  const top = async (title: string) => (await input.card(title).boundingBox())?.y ?? 0;
  const belowTop = (await below.boundingBox())?.y ?? 0;
  expect(belowTop).toBeGreaterThan(await top(first.title));
  await input.screenshot('gallery-keyboard');

  await page.keyboard.press('Escape');
  await expect(input.gallery).toBeHidden();
  await expect(input.examplesButton).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  const last = CATALOG[CATALOG.length - 1];
  await expect(input.card(last.title)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(input.gallery).toBeHidden();
  await expect(input.podNode).toHaveAttribute('data-name', last.workload);
});

test('Upload loads the chosen file into the editor and the graph', async ({ page }) => {
  const input = new InputPage(page);
  await input.open();
  await expect(input.fileInput).toHaveCount(1);
  await expect(input.fileInput).toHaveAttribute('accept', '.yaml,.yml,.json');

  const text = minimalPod('uploaded-demo');
  await input.upload('uploaded.yaml', text);
  await expect(input.podNode).toHaveAttribute('data-name', 'uploaded-demo');
  expect(await input.editorText()).toBe(text);
  await expect(page.getByText('uploaded.yaml').first()).toBeVisible();

  // The same file again (edited on disk) loads again.
  const edited = minimalPod('uploaded-again');
  await input.setFile('uploaded.yaml', 'application/yaml', edited);
  await expect(input.podNode).toHaveAttribute('data-name', 'uploaded-again');
  expect(await input.editorText()).toBe(edited);
});

test('a file dropped anywhere loads; dragging shows the overlay, text drags do not', async ({
  page,
}) => {
  const input = new InputPage(page);
  await input.open();
  const canvas = page.locator('.react-flow');

  const text = minimalPod('dropped-demo');
  const files = await input.fileTransfer('dropped.yaml', text);
  await input.dragOver(canvas, files);
  await expect(input.dropOverlay).toBeVisible();
  await expect(input.dropOverlay).toContainText('Drop to load the file');
  await input.screenshot('drop-overlay');
  await canvas.dispatchEvent('dragleave', { dataTransfer: files });
  await expect(input.dropOverlay).toBeHidden();

  await input.dragOver(canvas, await input.textTransfer('kind: Pod'));
  await expect(input.dropOverlay).toBeHidden();

  // Dropped on the editor: the manifest is replaced, not pasted into the text.
  await input.drop(page.locator('.cm-content'), files);
  await expect(input.dropOverlay).toBeHidden();
  await expect(input.podNode).toHaveAttribute('data-name', 'dropped-demo');
  expect(await input.editorText()).toBe(text);

  await input.drop(canvas, await input.fileTransfer('other.yml', minimalPod('dropped-on-graph')));
  await expect(input.podNode).toHaveAttribute('data-name', 'dropped-on-graph');
});

test('binary and oversized files are refused with a message, and the text stays', async ({
  page,
}) => {
  const input = new InputPage(page);
  await input.open();
  const before = await input.editorText();
  const pod = await input.podNode.getAttribute('data-name');

  await input.setFile('logo.png', 'image/png', PNG);
  await expect(input.alert).toBeVisible();
  await expect(input.alert).toContainText('logo.png is not a text file');
  await input.screenshot('binary-alert');
  expect(await input.editorText()).toBe(before);
  await expect(input.podNode).toHaveAttribute('data-name', pod ?? '');

  await input.alert.getByRole('button', { name: 'Dismiss' }).click();
  await expect(input.alert).toBeHidden();

  await input.setFile('huge.yaml', 'application/yaml', Buffer.alloc(17 * 1024 * 1024, 0x61));
  await expect(input.alert).toContainText('huge.yaml is 17 MB; files up to 16 MB can be loaded');
  expect(await input.editorText()).toBe(before);

  // A dropped binary file gets the same answer.
  await input.alert.getByRole('button', { name: 'Dismiss' }).click();
  const png = await page.evaluateHandle(() => {
    const transfer = new DataTransfer();
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]);
    transfer.items.add(new File([bytes], 'dropped.png', { type: 'image/png' }));
    return transfer;
  });
  await input.drop(page.locator('.react-flow'), png);
  await expect(input.alert).toContainText('dropped.png is not a text file');
  expect(await input.editorText()).toBe(before);
});
