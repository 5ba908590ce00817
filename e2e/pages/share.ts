import { expect, type Locator, type Page } from '@playwright/test';
import { allSavedWork, savedWork } from './storage';

/** Sharing as a person does it: bring a manifest in, press Share, open the link elsewhere. */
export class SharePage {
  readonly shareButton: Locator;
  readonly status: Locator;
  readonly secretsDialog: Locator;
  readonly secretItems: Locator;
  readonly alert: Locator;
  readonly podNode: Locator;
  readonly content: Locator;

  constructor(readonly page: Page) {
    this.shareButton = page.getByRole('button', { name: 'Share', exact: true });
    this.status = page.getByRole('status').filter({ hasText: /link/i });
    this.secretsDialog = page.getByRole('dialog', { name: 'This manifest seems to hold secrets' });
    this.secretItems = this.secretsDialog.locator('li[data-secret]');
    this.alert = page.getByRole('alert');
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
    this.content = page.locator('.cm-content');
  }

  async open(url = './'): Promise<void> {
    await this.page.goto(url);
    await expect(this.content).toBeVisible();
  }

  /** Loads a file through the page's file input: the bytes arrive exactly as given. */
  async upload(name: string, text: string): Promise<void> {
    await this.page
      .locator('input[type="file"]')
      .setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text, 'utf8') });
  }

  /**
   * The editor's whole text, with its own line breaks (CodeMirror draws only the lines in view,
   * so its state is asked; `sliceDoc` joins lines with the document's separator, CRLF included).
   */
  editorText(): Promise<string> {
    return this.content.evaluate((el) => {
      type View = { state: { sliceDoc(): string } };
      type Tile = { root?: { view?: View } };
      const view = (el as HTMLElement & { cmTile?: Tile }).cmTile?.root?.view;
      if (!view) throw new Error('no CodeMirror view on .cm-content');
      return view.state.sliceDoc();
    });
  }

  /** The text the page saved in this browser (this tab's working copy). */
  async savedText(): Promise<string | undefined> {
    return (await savedWork(this.page))?.text;
  }

  /** The work saved most recently in this browser, by any tab. */
  async newestSavedText(): Promise<string | undefined> {
    return (await allSavedWork(this.page))[0]?.text;
  }

  async waitForText(text: string): Promise<void> {
    await expect.poll(() => this.editorText(), { timeout: 15_000 }).toBe(text);
  }

  /** Presses Share and waits for the confirmation (no secrets in the text). */
  async share(): Promise<string> {
    await this.shareButton.click();
    await expect(this.status).toContainText('Link copied');
    return this.page.url();
  }

  fragment(): Promise<string> {
    return this.page.evaluate(() => location.hash);
  }

  clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/share-${name}.png` });
  }
}
