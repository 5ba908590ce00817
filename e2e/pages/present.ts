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
  /** The guided walk's caption, at the bottom of the canvas while presenting. */
  readonly walk: Locator;
  readonly viewport: Locator;

  constructor(readonly page: Page) {
    this.presentButton = page.getByRole('button', { name: 'Present', exact: true });
    this.themeGroup = page.getByRole('group', { name: 'Colour theme' });
    this.editorPane = page.locator('section').filter({ has: page.locator('.cm-editor') });
    this.editor = page.locator('.cm-editor');
    this.graphPane = page.getByRole('region', { name: 'Pod graph', exact: true });
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
    this.tour = page.getByRole('dialog').filter({ has: page.locator('[data-tour-card]') });
    this.walk = page.locator('[data-walk-caption]');
    this.viewport = page.locator('.react-flow__viewport');
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    // The first load builds the graph: generous on a busy machine.
    await expect(this.podNode).toBeVisible({ timeout: 20_000 });
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

  /** The caption's title: the element's name, the rule id, or the workload. */
  walkTitle(): Locator {
    return this.walk.getByRole('heading');
  }

  /** The teaching text, once it has arrived. */
  walkLesson(): Locator {
    return this.walk.locator('[data-walk-lesson="ready"]');
  }

  /** React Flow's pan and zoom, as the canvas draws it: `translate(…px, …px) scale(…)`. */
  transform(): Promise<string> {
    return this.viewport.evaluate((el) => (el as HTMLElement).style.transform);
  }

  /**
   * The transform once the view has come to rest somewhere other than `from`: it glides from
   * step to step, so it is read until two readings in a row agree.
   */
  async settledTransform(from?: string): Promise<string> {
    let last = '';
    await expect
      .poll(
        async () => {
          const now = await this.transform();
          const settled = now === last && now !== from;
          last = now;
          return settled;
        },
        { intervals: [150], timeout: 10_000 },
      )
      .toBe(true);
    return last;
  }

  /** A graph node's box on the screen. */
  async nodeBox(kind: string, name: string) {
    const b = await this.page
      .locator(`.react-flow [data-kind="${kind}"][data-name="${name}"]`)
      .first()
      .boundingBox();
    if (!b) throw new Error(`the ${kind} ${name} is not on screen`);
    return b;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/present-${name}.png` });
  }
}
