import { expect, type Locator, type Page } from '@playwright/test';

export interface Size {
  width: number;
  height: number;
}

/** How the header's controls sit: their boxes, the header's height and the tallest control. */
export interface HeaderRow {
  height: number;
  tallest: number;
  /** Each control's vertical centre, by name. */
  centres: Record<string, number>;
  /** The header's vertical centre. */
  centre: number;
}

/** The page's frame as a person uses it: the panes, their rails, splitters and tabs, the header. */
export class LayoutPage {
  readonly header: Locator;
  readonly editorPane: Locator;
  readonly editorContent: Locator;
  readonly graphPane: Locator;
  readonly side: Locator;
  readonly inspector: Locator;
  readonly findingsList: Locator;
  readonly statusLine: Locator;
  readonly hideEditor: Locator;
  readonly showEditor: Locator;
  readonly hideSide: Locator;
  readonly showInspector: Locator;
  readonly showFindings: Locator;
  readonly editorSplitter: Locator;
  readonly sideSplitter: Locator;
  readonly presentButton: Locator;
  readonly exitPresentation: Locator;
  readonly podNode: Locator;

  constructor(readonly page: Page) {
    this.header = page.getByRole('banner');
    this.editorPane = page.getByRole('region', { name: 'Manifest', exact: true });
    this.editorContent = page.locator('.cm-content');
    this.graphPane = page.getByRole('region', { name: 'Pod graph', exact: true });
    this.side = page.getByRole('complementary', { name: 'Details' });
    this.inspector = page.getByRole('region', { name: 'Inspector' });
    this.findingsList = page.getByRole('group', { name: 'Findings, grouped by severity' });
    this.statusLine = page.getByRole('contentinfo', { name: 'Analysis status' });
    this.hideEditor = page.getByRole('button', { name: 'Hide the editor' });
    this.showEditor = page.getByRole('button', { name: 'Show the manifest editor' });
    this.hideSide = page.getByRole('button', { name: 'Hide the side panel' });
    this.showInspector = page.getByRole('button', { name: 'Show the inspector' });
    this.showFindings = page.getByRole('button', { name: /^Show the findings \(\d+\)$/ });
    this.editorSplitter = page.getByRole('separator', { name: 'Resize the editor' });
    this.sideSplitter = page.getByRole('separator', { name: 'Resize the side panel' });
    this.presentButton = page.getByRole('button', { name: 'Present', exact: true });
    this.exitPresentation = page.getByRole('button', { name: 'Exit presentation (Esc)' });
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
  }

  async open(size: Size): Promise<void> {
    await this.page.setViewportSize(size);
    await this.page.goto('./');
    await expect(this.podNode).toBeVisible({ timeout: 20_000 });
  }

  async reload(): Promise<void> {
    await this.page.reload();
    await expect(this.podNode).toBeVisible({ timeout: 20_000 });
  }

  tab(name: string | RegExp): Locator {
    return this.page.getByRole('tab', { name });
  }

  async width(target: Locator): Promise<number> {
    const box = await target.boundingBox();
    if (!box) throw new Error('not on screen');
    return box.width;
  }

  /** The graph's share of the window's width. */
  async canvasShare(): Promise<number> {
    const viewport = this.page.viewportSize();
    if (!viewport) throw new Error('no viewport');
    return (await this.width(this.graphPane)) / viewport.width;
  }

  /** Where the header's buttons, groups and picker sit, read in the page. */
  headerRow(): Promise<HeaderRow> {
    return this.header.evaluate((header) => {
      const box = header.getBoundingClientRect();
      const controls = [
        ...header.querySelectorAll<HTMLElement>('h1, button, select, [role="group"]'),
      ].filter((el) => el.getClientRects().length > 0 && !el.closest('dialog'));
      const centres: Record<string, number> = {};
      let tallest = 0;
      for (const el of controls) {
        const r = el.getBoundingClientRect();
        const name = el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName;
        centres[name] = r.top + r.height / 2;
        tallest = Math.max(tallest, r.height);
      }
      return { height: box.height, tallest, centres, centre: box.top + box.height / 2 };
    });
  }

  /**
   * Names of the frame's buttons (the header's, the panes' and rails', the side panel's tabs and
   * the canvas's view buttons) whose text runs over more than one line.
   */
  wrappedButtons(): Promise<string[]> {
    const frame =
      'header button, [data-pane-hide], [data-pane-show], [role="tab"], .react-flow__panel button';
    return this.page.locator(frame).evaluateAll((buttons) => {
      const wrapped: string[] = [];
      for (const button of buttons) {
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        for (let text = walker.nextNode(); text; text = walker.nextNode()) {
          const holder = text.parentElement?.getBoundingClientRect();
          // Text kept for screen readers only sits in a 1px box: it is not on the screen.
          if (!text.textContent?.trim() || !text.parentElement || !holder || holder.width <= 1)
            continue;
          const range = document.createRange();
          range.selectNodeContents(text);
          const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
          // Lines stack down the page, or across it in vertical text (a rail's).
          const vertical = getComputedStyle(text.parentElement).writingMode.startsWith('vertical');
          const starts = rects.map((r) => (vertical ? r.left : r.top)).sort((a, b) => a - b);
          if (starts.length > 0 && starts[starts.length - 1] - starts[0] > 6)
            wrapped.push(button.getAttribute('aria-label') ?? button.textContent?.trim() ?? '');
        }
      }
      return wrapped;
    });
  }

  /** The whole editor text (CodeMirror draws only the lines in view, so ask its state). */
  editorText(): Promise<string> {
    return this.editorContent.evaluate((el) => {
      type Tile = { root?: { view?: { state: { doc: { toString(): string } } } } };
      const view = (el as HTMLElement & { cmTile?: Tile }).cmTile?.root?.view;
      if (!view) throw new Error('no CodeMirror view on .cm-content');
      return view.state.doc.toString();
    });
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/layout-${name}.png` });
  }
}
