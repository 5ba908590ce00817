import { expect, type Locator, type Page } from '@playwright/test';
import { PodscopePage } from './PodscopePage';

/**
 * Compare mode as a reviewer uses it: open Compare, give version A (paste or file), read the
 * changes drawn on B's graph and the findings tagged new, fixed or unchanged; swap; leave.
 */
export class ComparePage extends PodscopePage {
  readonly button: Locator;
  readonly dialog: Locator;
  readonly bar: Locator;
  readonly fileInputs: Locator;
  /** The text diff's pane under the panes (its toggle is on the bar). */
  readonly textDiff: Locator;

  constructor(page: Page) {
    super(page);
    this.button = page.getByRole('button', { name: /Compare/ }).first();
    this.dialog = page.getByRole('dialog', { name: 'Compare with version A' });
    this.bar = page.locator('[data-compare-bar]');
    this.fileInputs = page.locator('input[type="file"]');
    this.textDiff = page.locator('[data-text-diff]');
  }

  /** The bar's toggle for the text diff, by its name in the page's language. */
  textDiffToggle(name = 'Text diff'): Locator {
    return this.bar.getByRole('button', { name, exact: true });
  }

  /** The drawn line of side A (left) or B (right) of the text diff that holds `text`. */
  diffLine(side: 'a' | 'b', text: string): Locator {
    return this.textDiff.locator(`.cm-merge-${side} .cm-line`, { hasText: text }).first();
  }

  /** True when that line is drawn and wholly inside the diff's scrolled area. */
  async diffLineInView(side: 'a' | 'b', text: string): Promise<boolean> {
    const line = this.diffLine(side, text);
    if ((await line.count()) === 0) return false;
    const box = await line.boundingBox();
    const view = await this.textDiff.locator('.cm-mergeView').boundingBox();
    return !!box && !!view && box.y >= view.y && box.y + box.height <= view.y + view.height;
  }

  /** Opens the dialog and pastes `a` as version A. */
  async compareWithPasted(a: string): Promise<void> {
    await this.button.click();
    await expect(this.dialog.getByRole('textbox', { name: 'Paste A' })).toBeVisible();
    await this.dialog.getByRole('textbox', { name: 'Paste A' }).fill(a);
    await this.dialog.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(this.bar).toBeVisible();
  }

  /** Opens the dialog and gives A as a file through the dialog's own file input. */
  async compareWithFile(name: string, a: string): Promise<void> {
    await this.button.click();
    const input = this.dialog.locator('input[type="file"]');
    await expect(input).toBeAttached();
    await input.setInputFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(a) });
    await expect(this.bar).toBeVisible();
  }

  findingsWith(change: 'new' | 'fixed' | 'unchanged'): Locator {
    return this.page.locator(`[data-rule-id][data-change="${change}"]`);
  }

  changed(kind: string, name: string, change: string): Locator {
    return this.graph.locator(
      `[data-kind="${kind}"][data-name="${name}"][data-change="${change}"]`,
    );
  }

  /** A port chip on the network hub, a ghost's included. */
  portChip(container: string, port: string): Locator {
    return this.graph.locator(`[data-port="${port}"][data-container="${container}"]`);
  }

  /** Opens the compare bar's list of workloads and objects (by its button) and returns it. */
  async openWorkloadList(): Promise<Locator> {
    const list = this.page.getByRole('dialog', { name: 'Workloads and objects in A and B' });
    await this.bar.getByRole('button', { name: /^Workloads:/ }).click();
    await expect(list).toBeVisible();
    return list;
  }

  /** A workload's row in the open list, by `Kind name`. */
  workloadRow(label: string): Locator {
    return this.page.locator(`[data-workload="${label}"]`);
  }

  /** Another object's row in the open list, by `Kind name`. */
  objectRow(label: string): Locator {
    return this.page.locator(`[data-object="${label}"]`);
  }

  /**
   * Change badges, changed values and lane labels on the graph that are drawn over one another
   * (by more than a pixel both ways), named by the card they belong to.
   */
  async changeMarkClashes(): Promise<string[]> {
    return this.graph.evaluate((root) => {
      const marks = Array.from(
        root.querySelectorAll('[data-change-badge], [data-change-values], [data-lane]'),
      );
      const name = (el: Element): string => {
        const what = el.hasAttribute('data-lane')
          ? `lane ${el.getAttribute('data-lane')}`
          : el.hasAttribute('data-change-badge')
            ? 'badge'
            : 'values';
        const card = el.closest('[data-kind]');
        return `${what} of ${card?.getAttribute('data-kind')} ${card?.getAttribute('data-name')}`;
      };
      // A lane's label spans its lane: what counts is where its words are.
      const box = (el: Element): DOMRect => {
        if (!el.hasAttribute('data-lane')) return el.getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(el);
        return range.getBoundingClientRect();
      };
      const out: string[] = [];
      for (let i = 0; i < marks.length; i++)
        for (let j = i + 1; j < marks.length; j++) {
          const a = box(marks[i]);
          const b = box(marks[j]);
          const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
          const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
          if (w > 1 && h > 1) out.push(`${name(marks[i])} × ${name(marks[j])}`);
        }
      return out;
    });
  }

  async filter(name: RegExp): Promise<void> {
    await this.page
      .getByRole('radiogroup', { name: 'Show findings' })
      .getByRole('radio', { name })
      .click();
  }
}
