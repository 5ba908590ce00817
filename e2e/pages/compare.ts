import { expect, type Locator, type Page } from '@playwright/test';
import { PodscopePage } from './PodscopePage';

/**
 * Compare mode as a reviewer uses it: open Compare, give version A (paste or file), read the
 * changes drawn on B's graph and the findings tagged new, fixed or unchanged; swap; leave.
 */
export class ComparePage extends PodscopePage {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly bar: Locator;
  readonly fileInputs: Locator;

  constructor(page: Page) {
    super(page);
    this.button = page.getByRole('button', { name: /Compare/ }).first();
    this.dialog = page.getByRole('dialog', { name: 'Compare with version A' });
    this.bar = page.locator('[data-compare-bar]');
    this.fileInputs = page.locator('input[type="file"]');
  }

  /** Opens the dialog and pastes `a` as version A. */
  async compareWithPasted(a: string): Promise<void> {
    await this.button.click();
    await expect(this.dialog.getByRole('textbox', { name: 'Paste A' })).toBeVisible();
    await this.dialog.getByRole('textbox', { name: 'Paste A' }).fill(a);
    await this.dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(this.bar).toBeVisible();
  }

  /** Opens the dialog and gives A as a file through the dialog's own file input. */
  async compareWithFile(name: string, a: string): Promise<void> {
    await this.button.click();
    const input = this.dialog.locator('input[type="file"]');
    await expect(input).toBeAttached();
    await input.setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(a) });
    await expect(this.bar).toBeVisible();
  }

  findingsWith(change: 'new' | 'fixed' | 'unchanged'): Locator {
    return this.page.locator(`[data-rule-id][data-change="${change}"]`);
  }

  changed(kind: string, name: string, change: string): Locator {
    return this.graph.locator(
      `[data-kind="${kind}"][data-name="${name}"][data-change="${change}"]`,
    );
  }

  async filter(name: RegExp): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Show findings' })
      .getByRole('radio', { name })
      .click();
  }
}
