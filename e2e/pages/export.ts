import { readFile } from 'node:fs/promises';
import { expect, type Locator, type Page } from '@playwright/test';

export interface Downloaded {
  fileName: string;
  bytes: Buffer;
}

/** The Export menu as a person uses it: open it, pick an item, get a file. */
export class ExportPage {
  readonly exportButton: Locator;
  readonly menu: Locator;
  readonly podNode: Locator;
  readonly edges: Locator;

  constructor(readonly page: Page) {
    this.exportButton = page.getByRole('button', { name: 'Export', exact: true });
    this.menu = page.getByRole('menu', { name: 'Export' });
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
    this.edges = page.locator('.react-flow .react-flow__edge-path');
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.podNode).toBeVisible();
  }

  item(name: string): Locator {
    return this.menu.getByRole('menuitem', { name, exact: true });
  }

  /** Opens the menu, picks `name` and returns the file the browser downloads. */
  async download(name: string): Promise<Downloaded> {
    await this.exportButton.click();
    await expect(this.menu).toBeVisible();
    const download = this.page.waitForEvent('download');
    await this.item(name).click();
    const d = await download;
    const path = await d.path();
    return { fileName: d.suggestedFilename(), bytes: await readFile(path) };
  }

  /** The names every drawn node carries (data-name), once each. */
  async nodeNames(): Promise<string[]> {
    const names = await this.page
      .locator('.react-flow [data-kind][data-name]')
      .evaluateAll((els) => els.map((el) => el.getAttribute('data-name') ?? ''));
    return [...new Set(names)];
  }

  /** Rule id and line of every finding in the findings list. */
  async findings(): Promise<{ ruleId: string; line: number }[]> {
    return this.page.locator('[data-rule-id]').evaluateAll((els) =>
      els.map((el) => ({
        ruleId: el.getAttribute('data-rule-id') ?? '',
        line: Number(/(\d+):\d+/.exec(el.textContent ?? '')?.[1] ?? NaN),
      })),
    );
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/export-${name}.png` });
  }
}
