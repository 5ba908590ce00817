import { expect, type Locator, type Page } from '@playwright/test';

/**
 * The page as its scripts arrive: which JavaScript files the browser fetched, named by their
 * path in the build (`assets/index-AbC123.js`), and the features that fetch more of it.
 */
export class BundlePage {
  readonly podNode: Locator;
  readonly inspector: Locator;
  private readonly scripts: string[] = [];

  constructor(readonly page: Page) {
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
    this.inspector = page.locator('[data-inspector]');
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (request.resourceType() === 'script' || /\.m?js$/.test(url.pathname))
        this.scripts.push(url.pathname.replace(/^\//, ''));
    });
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.podNode).toBeVisible();
  }

  /** Every script fetched so far, once each. */
  fetched(): string[] {
    return [...new Set(this.scripts)];
  }

  /** The fetched chunks built from module `name` (`graphImage` → `assets/graphImage-…js`). */
  fetchedChunk(name: string): string[] {
    return this.fetched().filter((f) => new RegExp(`(^|/)${name}-[\\w-]+\\.js$`).test(f));
  }

  /** Waits until a chunk of module `name` has been fetched. */
  async waitForChunk(name: string): Promise<void> {
    await expect.poll(() => this.fetchedChunk(name), { message: `${name} chunk` }).not.toEqual([]);
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }
}
