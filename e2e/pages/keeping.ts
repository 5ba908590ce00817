// A tab of the page as the tests of keeping see it: its text, what it saved, its notices.
import { expect, type Locator, type Page } from '@playwright/test';
import { paste } from '../../scripts/bench/typing';
import { InputPage } from './input';
import { PodscopePage } from './PodscopePage';
import { savedWork } from './storage';

/** Room for a multi-megabyte text to be analysed and stored on a busy 2-core machine. */
export const SLOW = { timeout: 120_000 };

export class KeepingTab {
  readonly app: PodscopePage;
  /** "Another tab saved newer work". */
  readonly otherWork: Locator;
  /** "Not saved: …". */
  readonly notSaved: Locator;

  constructor(readonly page: Page) {
    this.app = new PodscopePage(page);
    this.otherWork = page.locator('[data-notice="other-tab"]');
    this.notSaved = page.getByRole('alert').filter({ hasText: 'Not saved' });
  }

  async open(): Promise<void> {
    await this.app.open();
  }

  /** The editor's whole text. */
  editorText(): Promise<string> {
    return this.app.editor.text();
  }

  /** This tab's id (sessionStorage). */
  tabId(): Promise<string | null> {
    return this.page.evaluate(() => sessionStorage.getItem('podscope.tab'));
  }

  /** Types `text` at the end of the editor's text. */
  async typeAtEnd(text: string): Promise<void> {
    await this.app.editor.focus();
    await this.page.keyboard.press('ControlOrMeta+End');
    await this.page.keyboard.type(text);
  }

  /** Waits until this tab's stored working copy is `text`. */
  async waitSaved(text: string, options = SLOW): Promise<void> {
    await expect
      .poll(async () => {
        const saved = (await savedWork(this.page))?.text;
        return saved === text ? 'saved' : `saved: ${saved?.length ?? 'none'} characters`;
      }, options)
      .toBe('saved');
  }

  /** Replaces everything with `text` the way a clipboard paste over "select all" arrives. */
  async pasteOver(text: string): Promise<void> {
    await this.app.editor.focus();
    await this.page.keyboard.press('ControlOrMeta+A');
    await paste(this.page, text);
  }

  /** Clicks Upload and picks a file with this text in the chooser it opens. */
  upload(name: string, text: string): Promise<void> {
    return new InputPage(this.page).upload(name, text);
  }
}
