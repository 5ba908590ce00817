import { createHash } from 'node:crypto';
import { expect, type Locator, type Page } from '@playwright/test';
import { PodscopePage } from './PodscopePage';
import { paste } from '../../scripts/bench/typing';

/**
 * What a text is, told in a few hundred characters: its length, both ends and a SHA-256 of its
 * UTF-8 bytes. Megabytes of editor text are compared through this, never sent whole.
 */
export interface TextDigest {
  length: number;
  head: string;
  tail: string;
  sha256: string;
}

const END = 200;

/** The digest of a text in the test process (the page computes the same one itself). */
export function digest(text: string): TextDigest {
  return {
    length: text.length,
    head: text.slice(0, END),
    tail: text.slice(-END),
    sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
  };
}

/** A seeded generator of bytes (mulberry32), so that every run pastes the same junk. */
export function randomBytes(count: number, seed: number): Buffer {
  const bytes = Buffer.alloc(count);
  let state = seed >>> 0;
  for (let i = 0; i < count; i++) {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    bytes[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return bytes;
}

/**
 * How long a click may go unanswered before the page counts as frozen. Generous: a busy machine
 * is slow, not broken; a page whose main thread is stuck on its input never answers at all.
 */
const ANSWER_MS = 30_000;

/**
 * The page fed hostile input the way a person feeds it: a paste over the whole text, a file
 * through Upload. Records every dialog the page opens (none may open) and times clicks.
 */
export class HostilePage {
  readonly app: PodscopePage;
  readonly podNode: Locator;
  readonly findings: Locator;
  readonly notice: Locator;
  readonly statusLine: Locator;
  readonly darkTheme: Locator;
  readonly lightTheme: Locator;
  readonly examplesButton: Locator;
  readonly gallery: Locator;
  readonly uploadButton: Locator;
  /** The messages of dialogs (alert, confirm, prompt) the page opened; each was dismissed. */
  readonly dialogs: string[] = [];

  constructor(readonly page: Page) {
    this.app = new PodscopePage(page);
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
    this.findings = page.getByRole('group', { name: 'Findings, grouped by severity' });
    this.notice = page.getByRole('alert');
    this.statusLine = page.getByRole('contentinfo', { name: 'Analysis status' });
    const theme = page.getByRole('group', { name: 'Colour theme' });
    this.darkTheme = theme.getByRole('button', { name: 'Dark', exact: true });
    this.lightTheme = theme.getByRole('button', { name: 'Light', exact: true });
    this.examplesButton = page.getByRole('button', { name: 'Examples', exact: true });
    this.gallery = page.getByRole('dialog', { name: 'Examples' });
    this.uploadButton = page.getByRole('button', { name: 'Upload', exact: true });
    page.on('dialog', (dialog) => {
      this.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
  }

  /** Opens the page with its default example drawn. */
  async open(): Promise<void> {
    await this.app.open();
    await expect(this.podNode).toHaveAttribute('data-name', 'pod-demo');
  }

  /**
   * Selects the whole text and pastes `text` over it. The paste arrives as a ClipboardEvent, as
   * from Ctrl+V; typing megabytes key by key would take hours.
   */
  async pasteOver(text: string): Promise<void> {
    await this.app.editor.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await paste(this.page, text);
  }

  /** Clicks Upload and picks a file with these bytes in the chooser it opens. */
  async upload(name: string, bytes: Buffer): Promise<void> {
    const chooser = this.page.waitForEvent('filechooser');
    await this.uploadButton.click();
    await (await chooser).setFiles({ name, mimeType: 'application/octet-stream', buffer: bytes });
  }

  /** The digest of the editor's whole text, computed in the page (CodeMirror draws only some lines). */
  editorDigest(): Promise<TextDigest> {
    return this.app.editor.content.evaluate(async (el, end) => {
      type Tile = { root?: { view?: { state: { doc: { toString(): string } } } } };
      const view = (el as HTMLElement & { cmTile?: Tile }).cmTile?.root?.view;
      if (!view) throw new Error('no CodeMirror view on .cm-content');
      const text = view.state.doc.toString();
      const hash = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
      return {
        length: text.length,
        head: text.slice(0, end),
        tail: text.slice(-end),
        sha256: [...new Uint8Array(hash)].map((b) => b.toString(16).padStart(2, '0')).join(''),
      };
    }, END);
  }

  /** The findings list's rows of one rule. */
  finding(ruleId: string): Locator {
    return this.findings.locator(`[data-rule-id="${ruleId}"]`);
  }

  /**
   * Clicks `target` where it is on screen, with nothing in between (a person's click, not a
   * scripted one that waits for the page first), waits until `effect` holds in a painted frame,
   * and returns the milliseconds that took: a figure to record, not a limit. Fails when the page
   * does not answer at all.
   */
  async msUntil(target: Locator, effect: () => boolean): Promise<number> {
    const box = await target.boundingBox();
    if (!box) throw new Error('the control to click is not on screen');
    const start = Date.now();
    await this.page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    const answered = await this.page
      .waitForFunction(effect, undefined, { polling: 'raf', timeout: ANSWER_MS })
      .then(
        () => true,
        () => false,
      );
    expect(answered, `the page answers a click on ${String(target)}`).toBe(true);
    return Date.now() - start;
  }

  /** Switches to the dark theme with a click; the milliseconds until the page is dark. */
  msToDarkTheme(): Promise<number> {
    return this.msUntil(
      this.darkTheme,
      () =>
        document.documentElement.classList.contains('dark') &&
        document.querySelector('button[aria-pressed="true"][aria-label="Dark"]') !== null,
    );
  }

  /** Opens the examples gallery with a click; the milliseconds until it is open. Closes it again. */
  async msToOpenGallery(): Promise<number> {
    const ms = await this.msUntil(this.examplesButton, () => {
      const dialog = document.querySelector('dialog[open]');
      return dialog !== null && dialog.getBoundingClientRect().height > 0;
    });
    await expect(this.gallery).toBeVisible();
    await this.page.keyboard.press('Escape');
    await expect(this.gallery).toBeHidden();
    return ms;
  }

  /** Elements that markup in the input could have created, and the page's own script count. */
  injected(): Promise<{ elements: string[]; handlers: string[]; scripts: number }> {
    return this.page.evaluate(() => ({
      elements: [...document.querySelectorAll('img, iframe, object, embed, b, i, marquee')].map(
        (el) => el.outerHTML.slice(0, 120),
      ),
      handlers: [...document.querySelectorAll('*')]
        .filter((el) => [...el.attributes].some((a) => a.name.startsWith('on')))
        .map((el) => el.outerHTML.slice(0, 120)),
      scripts: document.scripts.length,
    }));
  }
}
