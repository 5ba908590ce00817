import { expect, type Locator, type Page } from '@playwright/test';

/** A box on the page, to compare where parts of the inspector are drawn. */
export interface Box {
  top: number;
  bottom: number;
}

/**
 * The inspector as a reviewer and a teacher use it: select an element on the graph or a finding,
 * read its values and its findings, open and close the explanation's sections.
 */
export class InspectorPage {
  readonly inspector: Locator;
  readonly title: Locator;
  readonly graph: Locator;
  /** The element's own values (tables, fields), before its findings. */
  readonly facts: Locator;
  /** The findings that touch the element. */
  readonly related: Locator;
  /** The explanation: a group of sections that open and close. */
  readonly lesson: Locator;

  constructor(readonly page: Page) {
    // By the data hook (and the graph by either language's name): one locator for both languages.
    this.inspector = page.locator('section[data-inspector]');
    this.title = this.inspector.getByRole('heading', { level: 2 });
    this.graph = page.getByRole('region', { name: /^(Pod graph|Pod 关系图)$/ });
    this.facts = this.inspector.locator('[data-part="facts"]');
    this.related = this.inspector.locator('[data-part="findings"]');
    this.lesson = this.inspector.locator('[data-lesson="sections"]');
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await this.loaded();
  }

  /** Waits for the first graph, generously: a busy machine builds it slowly. */
  async loaded(pod?: string): Promise<void> {
    const frame = this.graph.locator(`[data-kind="pod"]${pod ? `[data-name="${pod}"]` : ''}`);
    await expect(frame).toBeVisible({ timeout: 30_000 });
  }

  /** Loads a manifest through the Upload button's file chooser. */
  async upload(name: string, text: string): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.page.getByRole('button', { name: 'Upload', exact: true }).click();
    await (
      await chooser
    ).setFiles({ name, mimeType: 'application/yaml', buffer: Buffer.from(text, 'utf8') });
  }

  node(kind: string, name: string): Locator {
    return this.graph.locator(`[data-kind="${kind}"][data-name="${name}"]`);
  }

  /** Clicks a card of the graph on its title, clear of its chips, and waits for the inspector. */
  async select(kind: string, name: string): Promise<void> {
    await this.node(kind, name).click({ position: { x: 24, y: 12 } });
    await expect(this.inspector).toHaveAttribute('data-inspector', kind);
    await expect(this.title).toContainText(name, { ignoreCase: true });
  }

  /** Clicks the first row of the findings list for a rule. */
  async selectFinding(ruleId: string): Promise<void> {
    await this.page.locator(`[data-rule-id="${ruleId}"]`).first().click();
    await expect(this.inspector).toHaveAttribute('data-inspector', 'finding');
  }

  /** The inspector's table of a kind (`resources`, `ports`, `mounts`) and its body rows. */
  rows(table: string): Locator {
    return this.inspector.locator(`table[data-table="${table}"] tbody tr`);
  }

  /** The button that opens and closes a teaching section, by the section's title. */
  header(title: string): Locator {
    return this.lesson
      .getByRole('heading', { level: 3, name: title, exact: true })
      .getByRole('button');
  }

  /** The body of a teaching section, by its title. */
  body(title: string): Locator {
    return this.lesson
      .locator('section')
      .filter({ has: this.page.getByRole('heading', { level: 3, name: title, exact: true }) })
      .locator(':scope > div');
  }

  /** Whether each teaching section shown is open, by title, in order. */
  async sections(): Promise<[string, boolean][]> {
    return this.lesson
      .locator('h3 button')
      .evaluateAll((buttons) =>
        buttons.map((b): [string, boolean] => [
          b.textContent ?? '',
          b.getAttribute('aria-expanded') === 'true',
        ]),
      );
  }

  /** Where a part of the inspector is drawn, top and bottom in page pixels. */
  async box(part: Locator): Promise<Box> {
    const b = await part.boundingBox();
    if (!b) throw new Error('not drawn');
    return { top: b.y, bottom: b.y + b.height };
  }

  /** True when `a` comes before `b` in the document. */
  async precedes(a: Locator, b: Locator): Promise<boolean> {
    const other = await b.elementHandle();
    return a.evaluate(
      (x, y) => !!y && (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0,
      other,
    );
  }

  /**
   * Lists what does not fit in the inspector, laid out at `width` (else as the page lays it
   * out): an element drawn past its right edge, or a scroll box whose content is wider than it.
   */
  async overflowAt(width?: number): Promise<string[]> {
    return this.inspector.evaluate((section, w) => {
      (section as HTMLElement).style.width = w === null ? '' : `${w}px`;
      const right = section.getBoundingClientRect().right;
      const out: string[] = [];
      for (const el of section.querySelectorAll<HTMLElement>('*')) {
        const r = el.getBoundingClientRect();
        // Not drawn (a closed section), or drawn for screen readers only (1px, clipped).
        if (r.width <= 1 || r.height <= 1) continue;
        const name = `${el.tagName.toLowerCase()} “${(el.textContent ?? '').slice(0, 40)}”`;
        if (r.right > right + 0.5) out.push(`${name} ends ${Math.round(r.right - right)}px past`);
        const style = getComputedStyle(el);
        const clips = style.overflowX !== 'visible';
        if (clips && el.scrollWidth > el.clientWidth + 1)
          out.push(`${name} scrolls ${el.scrollWidth - el.clientWidth}px sideways`);
      }
      return out;
    }, width ?? null);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/inspector-${name}.png` });
  }
}
