import { expect, type Locator, type Page } from '@playwright/test';

/** A box on screen, as Playwright measures it. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * What a first-time visitor touches in the first minute: the tour's ways in, New, the editor's
 * wrap toggle, the canvas controls while the YAML is broken, and the status line's source.
 */
export class FirstMinutePage {
  readonly newButton: Locator;
  readonly examplesButton: Locator;
  readonly uploadButton: Locator;
  readonly presentButton: Locator;
  readonly wrapToggle: Locator;
  readonly content: Locator;
  readonly scroller: Locator;
  readonly source: Locator;
  readonly podNode: Locator;
  readonly staleNotice: Locator;
  readonly tour: Locator;

  constructor(readonly page: Page) {
    this.newButton = page.getByRole('button', { name: 'New', exact: true });
    this.examplesButton = page.getByRole('button', { name: 'Examples', exact: true });
    this.uploadButton = page.getByRole('button', { name: 'Upload', exact: true });
    this.presentButton = page.getByRole('button', { name: 'Present', exact: true });
    this.wrapToggle = page.getByRole('button', { name: 'Wrap lines', exact: true });
    this.content = page.getByRole('textbox', { name: 'Manifest (YAML or JSON)' });
    this.scroller = page.locator('.cm-editor .cm-scroller');
    this.source = page.locator('[data-status="source"]');
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
    this.staleNotice = page.getByRole('status').filter({ hasText: 'From an earlier text' });
    this.tour = page.getByRole('dialog').filter({ has: page.locator('[data-tour-card]') });
  }

  async open(url = './'): Promise<void> {
    await this.page.goto(url);
    // The first draw waits for the analysis worker (and a link's codec): generous on a busy machine.
    await expect(this.content).toBeVisible({ timeout: 30_000 });
    await expect(this.podNode).toBeVisible({ timeout: 30_000 });
  }

  /** One of the canvas toolbar's buttons, by its accessible name. */
  canvasButton(name: 'Zoom in' | 'Zoom out' | 'Fit'): Locator {
    return this.page.getByRole('toolbar', { name: 'Graph view' }).getByRole('button', {
      name,
      exact: true,
    });
  }

  /** Makes the next loads of the page a first visit, in an automated browser (see tourGate.ts). */
  static async forceTour(page: Page): Promise<void> {
    await page.addInitScript(() => {
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

  /** The whole editor text (CodeMirror draws only the lines in view, so its state is asked). */
  editorText(): Promise<string> {
    return this.page.locator('.cm-content').evaluate((el) => {
      type Tile = { root?: { view?: { state: { doc: { toString(): string } } } } };
      const view = (el as HTMLElement & { cmTile?: Tile }).cmTile?.root?.view;
      if (!view) throw new Error('no CodeMirror view on .cm-content');
      return view.state.doc.toString();
    });
  }

  /** Whether the editor scrolls sideways (some line is wider than the editor). */
  scrollsSideways(): Promise<boolean> {
    return this.scroller.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
  }

  /** The rendered height of the editor's tallest line, in line heights. */
  tallestLineInRows(): Promise<number> {
    return this.page.locator('.cm-editor .cm-content').evaluate((content) => {
      const rows = [...content.querySelectorAll<HTMLElement>('.cm-line')].map(
        (line) => line.getBoundingClientRect().height,
      );
      const row = parseFloat(getComputedStyle(content).lineHeight);
      return Math.max(...rows) / row;
    });
  }

  /** The element the browser would hit at the centre of `target` (for a click there). */
  hitsItself(target: Locator): Promise<boolean> {
    return target.evaluate((el) => {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return hit !== null && el.contains(hit);
    });
  }

  /** The graph's current zoom, read from React Flow's viewport transform. */
  zoom(): Promise<number> {
    return this.page.locator('.react-flow__viewport').evaluate((el) => {
      const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
      return m.a;
    });
  }

  async box(target: Locator): Promise<Box> {
    const b = await target.boundingBox();
    if (!b) throw new Error('not on screen');
    return b;
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/first-minute-${name}.png` });
  }
}

/** True when `outer` contains `inner` entirely. */
export function surrounds(outer: Box, inner: Box): boolean {
  return (
    outer.x <= inner.x + 0.5 &&
    outer.y <= inner.y + 0.5 &&
    outer.x + outer.width >= inner.x + inner.width - 0.5 &&
    outer.y + outer.height >= inner.y + inner.height - 0.5
  );
}

/** True when the two boxes share some area. */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}
