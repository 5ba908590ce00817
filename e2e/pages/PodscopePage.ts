import { expect, type Locator, type Page } from '@playwright/test';

/** The page as the tests see it: the manifest input and the findings list. */
export class PodscopePage {
  readonly manifest: Locator;
  readonly findings: Locator;

  constructor(readonly page: Page) {
    this.manifest = page.getByLabel('Manifest (YAML or JSON)');
    this.findings = page.locator('li[data-rule-id]');
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { level: 1, name: 'podscope' })).toBeVisible();
  }

  findingsFor(ruleId: string): Locator {
    return this.page.locator(`li[data-rule-id="${ruleId}"]`);
  }

  /** Selects the first occurrence of `from` in the manifest and types `to` over it, key by key. */
  async replaceText(from: string, to: string): Promise<void> {
    const value = await this.manifest.inputValue();
    const start = value.indexOf(from);
    expect(start, `manifest contains ${JSON.stringify(from)}`).toBeGreaterThanOrEqual(0);
    await this.manifest.focus();
    await this.manifest.evaluate(
      (el, [s, e]) => (el as HTMLTextAreaElement).setSelectionRange(s, e),
      [start, start + from.length] as const,
    );
    await this.page.keyboard.type(to);
  }
}
