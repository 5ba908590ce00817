import { expect, type Locator, type Page } from '@playwright/test';

/** Presentation mode, the theme switch and the guided tour, as a person uses them. */
export class PresentPage {
  readonly presentButton: Locator;
  readonly themeGroup: Locator;
  readonly editorPane: Locator;
  readonly editor: Locator;
  readonly graphPane: Locator;
  readonly podNode: Locator;
  readonly tour: Locator;

  constructor(readonly page: Page) {
    this.presentButton = page.getByRole('button', { name: 'Present', exact: true });
    this.themeGroup = page.getByRole('group', { name: 'Colour theme' });
    this.editorPane = page.locator('section').filter({ has: page.locator('.cm-editor') });
    this.editor = page.locator('.cm-editor');
    this.graphPane = page.getByRole('region', { name: 'Pod graph', exact: true });
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
    this.tour = page.getByRole('dialog').filter({ has: page.locator('[data-tour-card]') });
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.podNode).toBeVisible();
  }

  themeButton(name: 'Light' | 'Dark' | 'System'): Locator {
    return this.themeGroup.getByRole('button', { name, exact: true });
  }

  /** The computed font size, in pixels, of the first element `selector` matches. */
  fontSize(selector: string | Locator): Promise<number> {
    const target = typeof selector === 'string' ? this.page.locator(selector) : selector;
    return target.first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }

  /** The page's painted background colour: the shell's root element. */
  background(): Promise<string> {
    return this.page
      .locator('#root > div')
      .first()
      .evaluate((el) => getComputedStyle(el).backgroundColor);
  }

  htmlHasDark(): Promise<boolean> {
    return this.page.evaluate(() => document.documentElement.classList.contains('dark'));
  }

  /** Makes the next loads of the page show the tour, as on a first visit (see tourGate.ts). */
  async forceTourOnFirstLoad(): Promise<void> {
    await this.page.addInitScript(() => {
      if (localStorage.getItem('podscope.tour') === null)
        localStorage.setItem('podscope.tour', 'show');
    });
  }

  tourStep(): Promise<string | null> {
    return this.page.locator('dialog[data-tour-step]').getAttribute('data-tour-step');
  }

  tourButton(name: string): Locator {
    return this.tour.getByRole('button', { name, exact: true });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/present-${name}.png` });
  }
}
