import { expect, type Locator, type Page } from '@playwright/test';

/** One change of a container's `data-state` on the graph, in the order the page made them. */
export interface StateChange {
  name: string;
  state: string;
}

/**
 * The timeline under the graph and the pod's status on the graph, as a teacher and a reviewer use
 * them: open the timeline, play, pause, scrub and step, choose a "what if", click a lane; read the
 * states the cards show, the status on the cards and the frame, and the inspector's explanation.
 */
export class TimelinePage {
  readonly button: Locator;
  readonly panel: Locator;
  readonly graph: Locator;
  readonly caption: Locator;
  readonly cursor: Locator;
  readonly inspector: Locator;
  /** The drawn graph alone (the pane holds the timeline too). */
  readonly canvas: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('button', { name: /^(Timeline|时间线)$/ });
    this.panel = page.locator('section[data-timeline]');
    this.graph = page.getByRole('region', { name: /^(Pod graph|Pod 关系图)$/ });
    this.caption = this.panel.locator('[data-event]');
    this.cursor = this.panel.getByRole('slider');
    this.inspector = page.locator('section[data-inspector]');
    this.canvas = page.locator('.react-flow');
  }

  /** Switches the page's language with its switch (each language is named in itself). */
  async speak(name: 'English' | '简体中文'): Promise<void> {
    const button = this.page
      .locator('[data-lang-switch]')
      .getByRole('button', { name, exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
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

  /** Opens the page, uploads `text` as the file `name` and waits for the graph of `pod`. */
  async openWith(name: string, text: string, pod: string): Promise<void> {
    await this.open();
    await this.upload(name, text);
    await this.loaded(pod);
  }

  /** Presses Timeline and waits until the lanes are drawn. */
  async show(): Promise<void> {
    await this.button.click();
    await expect(this.button).toHaveAttribute('aria-pressed', 'true');
    await expect(this.lanes().first()).toBeVisible({ timeout: 30_000 });
  }

  /** The lanes' buttons, in the order the panel lists them (start order). */
  lanes(): Locator {
    return this.panel.locator('[data-lane-name] > button');
  }

  async laneNames(): Promise<string[]> {
    return this.panel
      .locator('[data-lane-name]')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-lane-name') ?? ''));
  }

  lane(name: string): Locator {
    return this.panel.locator(`[data-lane-name="${name}"] > button`);
  }

  node(kind: string, name: string): Locator {
    return this.graph.locator(`[data-kind="${kind}"][data-name="${name}"]`);
  }

  /** Each container's `data-state` on the graph now, by name. */
  async states(): Promise<Record<string, string>> {
    return this.graph
      .locator('[data-kind="container"]')
      .evaluateAll((cards) =>
        Object.fromEntries(
          cards.map((c) => [c.getAttribute('data-name') ?? '', c.getAttribute('data-state') ?? '']),
        ),
      );
  }

  scenario(name: string): Locator {
    return this.panel.getByRole('group', { name: /What if|假如/ }).getByRole('button', { name });
  }

  playButton(): Locator {
    return this.panel.getByRole('button', { name: /^(Play|Play again|Pause|播放|重新播放|暂停)$/ });
  }

  async play(): Promise<void> {
    await this.playButton().click();
  }

  /**
   * Starts writing down, in the page, every change of a container card's `data-state`: checked
   * on every animation frame, so no state the graph shows for a frame or more is missed.
   */
  async record(): Promise<void> {
    await this.page.evaluate(() => {
      type W = Window & { __stateLog?: { name: string; state: string }[]; __stateStop?: boolean };
      const w = window as W;
      const log: { name: string; state: string }[] = [];
      const last = new Map<string, string>();
      w.__stateLog = log;
      w.__stateStop = false;
      const look = (): void => {
        for (const card of document.querySelectorAll('.react-flow [data-kind="container"]')) {
          const name = card.getAttribute('data-name') ?? '';
          const state = card.getAttribute('data-state') ?? '';
          if (last.get(name) !== state) {
            last.set(name, state);
            if (state) log.push({ name, state });
          }
        }
        if (!w.__stateStop) requestAnimationFrame(look);
      };
      look();
    });
  }

  /** The changes written down since `record`. */
  async recorded(): Promise<StateChange[]> {
    return this.page.evaluate(() => {
      const w = window as Window & { __stateLog?: { name: string; state: string }[] };
      return [...(w.__stateLog ?? [])];
    });
  }

  /** The states one container passed through, in order (repeats removed). */
  async passedThrough(name: string): Promise<string[]> {
    const log = await this.recorded();
    return log.filter((c) => c.name === name).map((c) => c.state);
  }

  /** Waits until playing has stopped on the last step. */
  async playedToTheEnd(): Promise<void> {
    await expect(this.panel.locator('[data-playing]')).toHaveCount(0, { timeout: 120_000 });
    const max = await this.cursor.getAttribute('max');
    await expect(this.cursor).toHaveValue(max ?? '0');
  }

  /** The pod frame's READY pill. */
  readyPill(): Locator {
    return this.graph.locator('[data-kind="pod"] [data-ready]');
  }

  /** Clicks a card on its title, clear of its chips, and waits for the inspector. */
  async select(kind: string, name: string): Promise<void> {
    await this.node(kind, name).click({ position: { x: 24, y: 16 } });
    await expect(this.inspector).toHaveAttribute('data-inspector', kind);
  }

  async screenshot(name: string): Promise<void> {
    await this.page.screenshot({ path: `test-results/screenshots/timeline-${name}.png` });
  }
}
