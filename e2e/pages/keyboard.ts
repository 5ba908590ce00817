import type { Locator, Page } from '@playwright/test';

/** What has the focus, as a keyboard user would be told: a role or tag, and a name. */
export interface Focused {
  tag: string;
  role: string | null;
  name: string;
  /** Inside the graph's canvas. */
  inGraph: boolean;
  /** A graph node's title: the kind and name of its node. */
  node: { kind: string; name: string } | null;
  /** A row of the findings list: its rule id. */
  finding: string | null;
  /** The heading of a group in the findings list: the group's id. */
  findingGroup: string | null;
  /** The editor's text area. */
  inEditor: boolean;
  /** An example card of the gallery: its id. */
  example: string | null;
}

/**
 * The page driven from the keyboard alone: every move is a key press (Tab, Shift+Tab, arrows,
 * Enter, Space, Escape); the page is only read, never clicked.
 */
export class KeyboardPage {
  constructor(readonly page: Page) {}

  focused(): Promise<Focused> {
    return this.page.evaluate(() => {
      const el = document.activeElement ?? document.body;
      const title = el.closest('.node-title');
      const card = title?.closest('[data-kind]');
      return {
        tag: el.tagName.toLowerCase(),
        role: el.getAttribute('role'),
        name: el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' '),
        inGraph: el.closest('.react-flow') !== null,
        node: card
          ? {
              kind: card.getAttribute('data-kind') ?? '',
              name: card.getAttribute('data-name') ?? '',
            }
          : null,
        finding: el.getAttribute('data-rule-id'),
        findingGroup: el.hasAttribute('aria-expanded')
          ? (el.closest('[data-finding-group]')?.getAttribute('data-finding-group') ?? null)
          : null,
        inEditor: el.closest('.cm-content') !== null,
        example: el.getAttribute('data-example'),
      };
    });
  }

  /**
   * Presses Tab until `done` holds for what has the focus, at most `limit` times. In the editor,
   * Tab indents: Escape first lets the next Tab leave it, as the editor's key help says.
   */
  async tabUntil(
    done: (f: Focused) => boolean,
    what: string,
    { limit = 60, backwards = false } = {},
  ): Promise<Focused> {
    for (let i = 0; i <= limit; i++) {
      const f = await this.focused();
      if (done(f)) return f;
      if (f.inEditor) await this.page.keyboard.press('Escape');
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`${what}: not reached in ${limit} presses of Tab`);
  }

  /** Presses `key` until `done` holds, at most `limit` times. */
  async pressUntil(key: string, done: (f: Focused) => boolean, what: string, limit = 30) {
    for (let i = 0; i <= limit; i++) {
      const f = await this.focused();
      if (done(f)) return f;
      await this.page.keyboard.press(key);
    }
    throw new Error(`${what}: not reached in ${limit} presses of ${key}`);
  }

  /** Every Tab stop from the top of the page until the focus comes back round, in order. */
  async tabStops(limit = 120): Promise<Focused[]> {
    await this.page.keyboard.press('Tab');
    const first = await this.focused();
    const key = (f: Focused) => `${f.tag}|${f.role}|${f.name}|${f.inGraph}`;
    const stops = [first];
    for (let i = 0; i < limit; i++) {
      if ((await this.focused()).inEditor) await this.page.keyboard.press('Escape');
      await this.page.keyboard.press('Tab');
      const f = await this.focused();
      if (f.tag === 'body') continue;
      if (key(f) === key(first)) return stops;
      stops.push(f);
    }
    throw new Error(`the focus did not come back round in ${limit} presses of Tab`);
  }

  /**
   * The editor's selection, read from its state (the focus stays where it is): the selected
   * text and where it starts, as a 1-based line and column.
   */
  editorSelection(): Promise<{ text: string; line: number; column: number }> {
    return this.page.locator('.cm-content').evaluate((el) => {
      type Line = { number: number; from: number };
      type State = {
        selection: { main: { from: number; to: number } };
        sliceDoc(from: number, to: number): string;
        doc: { lineAt(pos: number): Line };
      };
      type Tile = { root?: { view?: { state: State } } };
      const view = (el as HTMLElement & { cmTile?: Tile }).cmTile?.root?.view;
      if (!view) throw new Error('no CodeMirror view on .cm-content');
      const { from, to } = view.state.selection.main;
      const line = view.state.doc.lineAt(from);
      return {
        text: view.state.sliceDoc(from, to),
        line: line.number,
        column: from - line.from + 1,
      };
    });
  }

  /** The live region React Flow speaks through (its ariaLiveMessage). */
  liveRegion(): Locator {
    return this.page.locator('[id^="react-flow__aria-live"]');
  }
}
