import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor';

/** The whole page as the tests see it: the editor, the findings list and the graph. */
export class PodscopePage {
  readonly editor: EditorPage;
  readonly findings: Locator;
  readonly graph: Locator;
  readonly versionsButton: Locator;
  readonly versions: Locator;

  constructor(readonly page: Page) {
    this.editor = new EditorPage(page);
    this.findings = page.locator('[data-rule-id]');
    this.graph = page.getByRole('region', { name: 'Pod graph' });
    this.versionsButton = page.getByRole('button', { name: 'Versions', exact: true });
    this.versions = page.getByRole('dialog', { name: 'Versions' });
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { level: 1, name: 'podscope' })).toBeVisible();
    await expect(this.editor.content).toBeVisible();
  }

  /** Opens the Versions dialog and waits until it has read the history (its rows, or none). */
  async openVersions(): Promise<void> {
    await this.versionsButton.click();
    await expect(
      this.versions.locator('[data-version-kind], [data-versions-empty]').first(),
    ).toBeVisible();
  }

  /** The kept versions as the open Versions dialog lists them, newest first. */
  versionRows(): Locator {
    return this.versions.locator('[data-version-kind]');
  }

  findingsFor(ruleId: string): Locator {
    return this.page.locator(`[data-rule-id="${ruleId}"]`);
  }

  node(kind: string, name: string): Locator {
    return this.graph.locator(`[data-kind="${kind}"][data-name="${name}"]`);
  }

  /** Selects the first occurrence of `from` in `text` (the editor's content) and types `to` over it. */
  async replaceText(text: string, from: string, to: string): Promise<void> {
    const start = text.indexOf(from);
    expect(start, `manifest contains ${JSON.stringify(from)}`).toBeGreaterThanOrEqual(0);
    const before = text.slice(0, start).split('\n');
    await this.editor.selectAt(before.length, before[before.length - 1].length + 1, from.length);
    await this.page.keyboard.type(to);
  }
}
