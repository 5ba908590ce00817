import { expect, type Locator, type Page } from '@playwright/test';
import { I18nPage } from './i18n';
import { InspectorPage } from './inspector';
import { PodscopePage } from './PodscopePage';

/**
 * Findings that read more than one document, as a reviewer meets them: load a manifest, open a
 * finding from the list, edit another document and watch the finding come and go.
 */
export class RulesPage {
  readonly app: PodscopePage;
  readonly inspector: InspectorPage;
  readonly i18n: I18nPage;

  constructor(readonly page: Page) {
    this.app = new PodscopePage(page);
    this.inspector = new InspectorPage(page);
    this.i18n = new I18nPage(page);
  }

  async load(name: string, text: string, pod: string): Promise<void> {
    await this.inspector.open();
    await this.inspector.upload(name, text);
    await this.inspector.loaded(pod);
  }

  /** The findings list's rows of a rule. */
  rows(ruleId: string): Locator {
    return this.app.findingsFor(ruleId);
  }

  /** Opens a rule's first row, expanding its group first when the list groups it away. */
  async open(ruleId: string): Promise<void> {
    const row = this.rows(ruleId).first();
    if (!(await row.isVisible())) {
      const heading = this.page.locator('[aria-expanded="false"]').filter({ hasText: ruleId });
      if ((await heading.count()) > 0) await heading.first().click();
    }
    await row.click();
    await expect(this.inspector.inspector).toHaveAttribute('data-inspector', 'finding');
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/rules-${name}.png` });
  }
}
