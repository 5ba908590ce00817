import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor';

/** Quick fixes as a person uses them: the editor's lint action, the inspector's button, Apply. */
export class FixPage {
  readonly editor: EditorPage;
  readonly dialog: Locator;
  readonly inspector: Locator;
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.editor = new EditorPage(page);
    this.dialog = page.getByRole('dialog', { name: 'Fix preview' });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.findings = page.getByRole('region', { name: /Findings/ }).first();
  }

  async load(text: string): Promise<void> {
    await this.editor.open();
    await this.editor.setText(text);
    await expect.poll(() => this.editor.text()).toBe(text);
  }

  /** Hovers the lint marker of `line` and clicks the tooltip's action named `name`. */
  async lintAction(line: number, name: RegExp): Promise<void> {
    await expect.poll(() => this.editor.markerLines(), { timeout: 30_000 }).toContain(line);
    const tooltip = await this.editor.hoverMarker(line);
    const action = tooltip.locator('.cm-diagnosticAction', { hasText: name });
    await expect(action).toBeVisible({ timeout: 30_000 });
    await action.click();
    await expect(this.dialog).toBeVisible();
  }

  /** Selects the first finding of a rule in the findings list, opening its group if closed. */
  async selectFinding(ruleId: string): Promise<void> {
    const row = this.page.locator(`[data-rule-id="${ruleId}"]`).first();
    await expect(row).toBeAttached({ timeout: 30_000 });
    if (!(await row.isVisible())) {
      const group = this.page.locator('[data-finding-group]').filter({ has: row }).first();
      await group.locator('button[aria-expanded="false"]').first().click();
    }
    await row.click();
  }

  /** The inspector's fix preview, opened from its button. */
  async inspectorPreview(): Promise<Locator> {
    await this.inspector.getByRole('button', { name: 'Preview the fix' }).click();
    const preview = this.inspector.locator('section[data-fix]').first();
    await expect(preview).toBeVisible();
    return preview;
  }

  async undo(): Promise<void> {
    await this.editor.focus();
    await this.page.keyboard.press('ControlOrMeta+Z');
  }
}
