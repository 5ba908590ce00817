import { expect, type JSHandle, type Locator, type Page } from '@playwright/test';

/** The ways a manifest gets into the page: the example gallery, Upload, and dropping a file. */
export class InputPage {
  readonly examplesButton: Locator;
  readonly gallery: Locator;
  readonly uploadButton: Locator;
  readonly fileInput: Locator;
  readonly alert: Locator;
  readonly dropOverlay: Locator;
  readonly podNode: Locator;
  readonly editor: Locator;

  constructor(readonly page: Page) {
    this.examplesButton = page.getByRole('button', { name: 'Examples', exact: true });
    this.gallery = page.getByRole('dialog', { name: 'Examples' });
    this.uploadButton = page.getByRole('button', { name: 'Upload', exact: true });
    this.fileInput = page.locator('input[type="file"]');
    this.alert = page.getByRole('alert');
    this.dropOverlay = page.getByTestId('drop-overlay');
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
    this.editor = page.locator('.cm-editor');
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.editor).toBeVisible();
    await expect(this.podNode).toBeVisible();
  }

  /** The card of one example in the open gallery. */
  card(title: string): Locator {
    return this.gallery.getByRole('button', { name: title, exact: true });
  }

  container(name: string): Locator {
    return this.page.locator(`.react-flow [data-kind="container"][data-name="${name}"]`);
  }

  findingsFor(ruleId: string): Locator {
    return this.page.locator(`[data-rule-id="${ruleId}"]`);
  }

  async openExample(title: string): Promise<void> {
    await this.examplesButton.click();
    await expect(this.gallery).toBeVisible();
    await this.card(title).click();
    await expect(this.gallery).toBeHidden();
  }

  /** Clicks Upload and picks a file in the chooser it opens, as a person would. */
  async upload(name: string, content: string | Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.uploadButton.click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/yaml', buffer: toBuffer(content) });
  }

  /** Puts a file straight into the page's file input. */
  async setFile(name: string, mimeType: string, content: string | Buffer): Promise<void> {
    await this.fileInput.setInputFiles({ name, mimeType, buffer: toBuffer(content) });
  }

  /** A DataTransfer holding one file, as the browser builds it for a drag from the desktop. */
  fileTransfer(name: string, content: string): Promise<JSHandle<DataTransfer>> {
    return this.page.evaluateHandle(
      ([n, c]) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([c], n, { type: 'application/yaml' }));
        return transfer;
      },
      [name, content] as const,
    );
  }

  /** A DataTransfer holding a piece of text, as when a selection is dragged. */
  textTransfer(text: string): Promise<JSHandle<DataTransfer>> {
    return this.page.evaluateHandle((t) => {
      const transfer = new DataTransfer();
      transfer.setData('text/plain', t);
      return transfer;
    }, text);
  }

  async dragOver(target: Locator, dataTransfer: JSHandle<DataTransfer>): Promise<void> {
    await target.dispatchEvent('dragenter', { dataTransfer });
    await target.dispatchEvent('dragover', { dataTransfer });
  }

  async drop(target: Locator, dataTransfer: JSHandle<DataTransfer>): Promise<void> {
    await this.dragOver(target, dataTransfer);
    await target.dispatchEvent('drop', { dataTransfer });
  }

  /** The whole editor text (CodeMirror draws only the lines in view, so ask its state). */
  editorText(): Promise<string> {
    return this.page.locator('.cm-content').evaluate((el) => {
      type Tile = { root?: { view?: { state: { doc: { toString(): string } } } } };
      const view = (el as HTMLElement & { cmTile?: Tile }).cmTile?.root?.view;
      if (!view) throw new Error('no CodeMirror view on .cm-content');
      return view.state.doc.toString();
    });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/input-${name}.png` });
  }
}

function toBuffer(content: string | Buffer): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
}
