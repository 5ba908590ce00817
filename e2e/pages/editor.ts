import { expect, type Locator, type Page } from '@playwright/test';

/** A diagnostic as the lint panel (Ctrl+Shift+M) lists it. */
export interface ShownDiagnostic {
  severity: 'error' | 'warning' | 'info' | 'hint';
  message: string;
  /** The rule id, with "· suppressed" for suppressed findings. */
  source: string;
}

/**
 * The manifest editor as a person uses it: click, type, paste, keyboard shortcuts. What it
 * reads back is what is on screen (line numbers, the active line, the lint panel).
 */
export class EditorPage {
  readonly root: Locator;
  readonly content: Locator;
  readonly gutterMarkers: Locator;
  readonly tooltip: Locator;
  readonly searchPanel: Locator;

  constructor(
    readonly page: Page,
    label = 'Manifest (YAML or JSON)',
  ) {
    this.content = page.getByRole('textbox', { name: label });
    this.root = page.locator('.cm-editor').filter({ has: this.content });
    this.gutterMarkers = this.root.locator('.cm-gutter-lint .cm-lint-marker');
    this.tooltip = page.locator('.cm-tooltip-lint');
    this.searchPanel = this.root.locator('.cm-search');
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.content).toBeVisible();
  }

  async focus(): Promise<void> {
    await this.content.focus();
  }

  /** The whole text (CodeMirror draws only the lines in view). */
  text(): Promise<string> {
    return this.content.evaluate((el) => {
      type Tile = { root?: { view?: { state: { sliceDoc(): string } } } };
      const view = (el as HTMLElement & { cmTile?: Tile }).cmTile?.root?.view;
      if (!view) throw new Error('no CodeMirror view on .cm-content');
      return view.state.sliceDoc();
    });
  }

  /** Replaces the whole text, the way a paste over "select all" does. */
  async setText(text: string): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    if (text) await this.page.keyboard.insertText(text);
    else await this.page.keyboard.press('Delete');
  }

  /** Pastes `text` from the clipboard at the cursor (the test needs clipboard permissions). */
  async paste(text: string): Promise<void> {
    await this.page.evaluate((t) => navigator.clipboard.writeText(t), text);
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+V');
  }

  /** Moves the cursor with "Go to line" (Ctrl+Alt+G); line and column are 1-based. */
  async cursorTo(line: number, column = 1): Promise<void> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+Alt+G');
    const field = this.root.locator('.cm-goto-line input[name=line]');
    await field.fill(`${line}:${column - 1}`);
    await field.press('Enter');
    await expect(field).toBeHidden();
    await expect.poll(() => this.cursorLine()).toBe(line);
  }

  /** Types at a 1-based line and column, key by key. */
  async typeAt(line: number, column: number, text: string): Promise<void> {
    await this.cursorTo(line, column);
    await this.page.keyboard.type(text);
  }

  /** Selects `length` characters from a 1-based line and column with Shift+Right. */
  async selectAt(line: number, column: number, length: number): Promise<void> {
    await this.cursorTo(line, column);
    for (let i = 0; i < length; i++) await this.page.keyboard.press('Shift+ArrowRight');
  }

  /** The line number the gutter highlights as the cursor's line. */
  async cursorLine(): Promise<number> {
    const text = await this.root
      .locator('.cm-lineNumbers .cm-activeLineGutter')
      .first()
      .innerText();
    return Number(text.trim());
  }

  /** The text of a visible line (1-based), as the editor shows it. */
  line(n: number): Locator {
    return this.root.locator('.cm-line').nth(n - 1);
  }

  /**
   * The selected text. Focuses the editor first (which keeps its selection) and waits until
   * CodeMirror has put the browser's selection inside its text, which it does a moment later.
   */
  async selectedText(): Promise<string> {
    await this.focus();
    const handle = await this.content.evaluateHandle((content) => content);
    await this.page.waitForFunction((content) => {
      const node = document.getSelection()?.anchorNode;
      return node != null && content.contains(node);
    }, handle);
    await handle.dispose();
    return this.page.evaluate(() => document.getSelection()?.toString() ?? '');
  }

  /** Every diagnostic, read from the lint panel, which is closed again afterwards. */
  async diagnostics(): Promise<ShownDiagnostic[]> {
    await this.focus();
    await this.page.keyboard.press('ControlOrMeta+Shift+M');
    const panel = this.root.locator('.cm-panel-lint');
    await expect(panel).toBeVisible();
    const items = await panel.locator('li.cm-diagnostic').evaluateAll((lis) =>
      lis.map((li) => {
        const severity =
          /cm-diagnostic-(error|warning|info|hint)/.exec(li.getAttribute('class') ?? '')?.[1] ?? '';
        const message = li.querySelector('.cm-diagnosticText')?.textContent ?? '';
        const source = li.querySelector('.cm-diagnosticSource')?.textContent ?? '';
        return { severity, message, source };
      }),
    );
    await panel.locator('button[name=close]').click();
    await expect(panel).toBeHidden();
    return items as ShownDiagnostic[];
  }

  /** The line numbers that carry a lint marker in the gutter, among the visible lines. */
  async markerLines(): Promise<number[]> {
    const numbers = await this.root
      .locator('.cm-lineNumbers .cm-gutterElement')
      .evaluateAll((els) =>
        els
          // The gutter's first element is an invisible spacer that sizes its width.
          .filter((el) => getComputedStyle(el).visibility !== 'hidden')
          .map((el) => ({ top: el.getBoundingClientRect().top, text: el.textContent ?? '' })),
      );
    const markers = await this.gutterMarkers.evaluateAll((els) =>
      els.map((el) => el.parentElement?.getBoundingClientRect().top ?? -1),
    );
    return markers
      .map((top) => numbers.find((n) => Math.abs(n.top - top) < 2)?.text)
      .filter((t): t is string => t !== undefined)
      .map(Number);
  }

  /** Hovers the gutter marker of a line and returns its tooltip. */
  async hoverMarker(line: number): Promise<Locator> {
    const lines = await this.markerLines();
    const index = lines.indexOf(line);
    expect(index, `a lint marker on line ${line}`).toBeGreaterThanOrEqual(0);
    await this.gutterMarkers.nth(index).hover();
    await expect(this.tooltip).toBeVisible();
    return this.tooltip;
  }
}
