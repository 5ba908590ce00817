import { expect, type Locator, type Page } from '@playwright/test';
import { EditorPage } from './editor';

/** The whole page as the tests see it: the editor, the findings list and the graph. */
export class PodscopePage {
  readonly editor: EditorPage;
  readonly findings: Locator;
  readonly graph: Locator;

  constructor(readonly page: Page) {
    this.editor = new EditorPage(page);
    this.findings = page.locator('[data-rule-id]');
    this.graph = page.getByRole('region', { name: 'Pod graph' });
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { level: 1, name: 'podscope' })).toBeVisible();
    await expect(this.editor.content).toBeVisible();
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
