import { expect, type Locator, type Page } from '@playwright/test';

type Kind = 'pod' | 'container' | 'volume' | 'namespace' | 'host';

/**
 * The inspector's teaching sections as a person uses them: pick an element on the graph or a
 * finding in the list, read the sections, copy a command, follow the documentation link,
 * switch the page to Chinese.
 */
export class TeachPage {
  readonly inspector: Locator;
  readonly commands: Locator;

  constructor(readonly page: Page) {
    // By its data hook, so the same locator works in every language.
    this.inspector = page.locator('section[data-inspector]');
    this.commands = this.inspector.locator('li[data-command]');
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.page.locator('.react-flow [data-kind="pod"]')).toBeVisible();
  }

  /** Loads a manifest through the Upload button's file chooser, as a person would. */
  async upload(name: string, text: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Upload', exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name,
      mimeType: 'application/yaml',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  node(kind: Kind, name: string): Locator {
    return this.page.locator(`.react-flow [data-kind="${kind}"][data-name="${name}"]`);
  }

  /** Clicks an element of the graph on its title, clear of chips and child nodes. */
  async select(kind: Kind, name: string): Promise<void> {
    await this.node(kind, name).click({ position: { x: 24, y: 12 } });
    await expect(this.inspector.getByRole('heading', { level: 2 })).toBeVisible();
  }

  /** Clicks the first item of the findings list for a rule. */
  async selectFinding(ruleId: string): Promise<void> {
    await this.page.locator(`[data-rule-id="${ruleId}"]`).first().click();
    await expect(this.inspector).toHaveAttribute('data-inspector', 'finding');
  }

  /** A section of the inspector by its heading. */
  section(title: string): Locator {
    return this.inspector.locator('section').filter({
      has: this.page.getByRole('heading', { level: 3, name: title, exact: true }),
    });
  }

  /** The headings of the inspector's sections, in order. */
  headings(): Promise<string[]> {
    return this.inspector.getByRole('heading', { level: 3 }).allTextContents();
  }

  /** The command lines shown, in order. */
  async commandLines(): Promise<string[]> {
    return this.commands.evaluateAll((els) => els.map((e) => e.getAttribute('data-command') ?? ''));
  }

  command(line: string): Locator {
    return this.inspector.locator(`li[data-command="${line.replaceAll('"', '\\"')}"]`);
  }

  copyButton(line: string): Locator {
    return this.command(line).getByRole('button');
  }

  copyAllButton(name: string): Locator {
    return this.inspector.getByRole('button', { name, exact: true });
  }

  clipboard(): Promise<string> {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  docsLinks(): Locator {
    return this.inspector.locator('a[href^="https://kubernetes.io/"]');
  }

  async switchLanguage(name: 'English' | '简体中文'): Promise<void> {
    await this.page
      .locator('[data-lang-switch]')
      .getByRole('button', { name, exact: true })
      .click();
    await expect(this.page.locator('html')).toHaveAttribute(
      'lang',
      name === 'English' ? 'en' : 'zh-CN',
    );
  }

  /** Opens a section by its header button, if it is closed. */
  async openSection(title: string): Promise<void> {
    const header = this.section(title).getByRole('button', { name: title, exact: true });
    if ((await header.getAttribute('aria-expanded')) === 'false') await header.click();
    await expect(header).toHaveAttribute('aria-expanded', 'true');
  }

  /** Opens a section and scrolls the inspector to it, as a reader would before reading it. */
  async reveal(title: string): Promise<void> {
    await this.openSection(title);
    // Only the inspector's own scroll box moves; scrollIntoView would shift the whole page.
    await this.section(title).evaluate((el) => {
      let box = el.parentElement;
      while (box && getComputedStyle(box).overflowY !== 'auto') box = box.parentElement;
      if (box) box.scrollTop += el.getBoundingClientRect().top - box.getBoundingClientRect().top;
    });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/teach-${name}.png` });
  }
}
