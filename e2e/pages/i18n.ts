import { expect, type Locator, type Page } from '@playwright/test';

export type LanguageName = 'English' | '简体中文';

/** A piece of text the page shows or speaks, and where it was found. */
export interface ShownText {
  text: string;
  where: string;
}

/**
 * The language switch as a person uses it (click English / 简体中文), and what the page then
 * shows and says: visible text, accessible names, tooltips, placeholders, the document title.
 */
export class I18nPage {
  readonly switcher: Locator;
  readonly editorContent: Locator;

  constructor(readonly page: Page) {
    this.switcher = page.locator('[data-lang-switch]');
    this.editorContent = page.locator('.cm-content');
  }

  async open(): Promise<void> {
    await this.page.goto('./');
    await expect(this.page.getByRole('heading', { level: 1, name: 'podscope' })).toBeVisible();
    await expect(this.page.locator('.react-flow [data-kind="pod"]')).toBeVisible();
  }

  /** The switch's button for a language; each is named in its own language. */
  button(name: LanguageName): Locator {
    return this.switcher.getByRole('button', { name, exact: true });
  }

  async switchTo(name: LanguageName): Promise<void> {
    await this.button(name).click();
    await expect(this.button(name)).toHaveAttribute('aria-pressed', 'true');
  }

  htmlLang(): Promise<string | null> {
    return this.page.locator('html').getAttribute('lang');
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

  /** Tags the editor and the canvas elements, to tell later whether they were rebuilt. */
  async tagMountedElements(): Promise<void> {
    await this.page.evaluate(() => {
      for (const sel of ['.cm-editor', '.react-flow', '.react-flow__viewport'])
        document.querySelector(sel)?.setAttribute('data-i18n-probe', sel);
    });
  }

  /** How many tagged elements are still in the document (3 when nothing was remounted). */
  taggedElements(): Promise<number> {
    return this.page.locator('[data-i18n-probe]').count();
  }

  viewportTransform(): Promise<string> {
    return this.page.locator('.react-flow__viewport').evaluate((el) => el.style.transform);
  }

  /**
   * Everything the page shows or speaks right now: the text of rendered elements (screen-reader
   * only text included), their aria-label, aria-roledescription, title, placeholder and alt,
   * the descriptions they point to, and the document title. Left out: the manifest itself
   * (the editor's content), code (`code`, `pre`, `kbd`, `samp`: commands and identifiers),
   * text marked as English (`lang="en"`, the language switch naming English in English) and
   * React Flow's attribution link, which its licence keeps as it is.
   */
  shownTexts(): Promise<ShownText[]> {
    return this.page.evaluate(() => {
      const NOT_PROSE =
        'code, pre, kbd, samp, script, style, template, [lang="en"]:not(html), .react-flow__attribution';
      const ATTRIBUTES = ['aria-label', 'aria-roledescription', 'title', 'placeholder', 'alt'];
      const out: { text: string; where: string }[] = [];
      const inManifest = (el: Element): boolean => el.closest('.cm-content') !== null;
      const rendered = (el: Element): boolean =>
        el.checkVisibility({ visibilityProperty: true }) ||
        // An SVG <title> is not rendered, but it names its (rendered) picture.
        (el.tagName.toLowerCase() === 'title' &&
          (el.parentElement?.checkVisibility({ visibilityProperty: true }) ?? false));
      const where = (el: Element): string => {
        const area = el.closest(
          '[role="dialog"], dialog, header, footer, aside, section[aria-label], .react-flow, .cm-panels, .cm-gutters',
        );
        const node = el.closest('[data-kind]');
        const parts = [
          area
            ? (area.getAttribute('aria-label') ??
              area.className.toString().split(' ')[0] ??
              area.tagName)
            : 'page',
          node ? `${node.getAttribute('data-kind')} ${node.getAttribute('data-name')}` : '',
          el.tagName.toLowerCase(),
        ];
        return parts.filter(Boolean).join(' › ');
      };

      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        const text = (n.textContent ?? '').trim();
        if (!text || !el || inManifest(el) || el.closest(NOT_PROSE) || !rendered(el)) continue;
        // The brand is split in two spans ("pod" + "scope") for its colours.
        const h1 = el.closest('h1');
        out.push(h1 ? { text: h1.textContent ?? '', where: 'h1' } : { text, where: where(el) });
      }
      const named = [...ATTRIBUTES, 'aria-describedby'].map((a) => `[${a}]`).join(',');
      for (const el of document.querySelectorAll(named)) {
        const ownAttributes = el.matches('.cm-content') || !inManifest(el);
        if (!ownAttributes || el.closest(NOT_PROSE) || !rendered(el)) continue;
        for (const a of ATTRIBUTES) {
          const value = el.getAttribute(a)?.trim();
          if (value) out.push({ text: value, where: `${where(el)} @${a}` });
        }
        for (const id of (el.getAttribute('aria-describedby') ?? '').split(/\s+/)) {
          const d = id ? document.getElementById(id) : null;
          const text = d?.textContent?.trim();
          if (text) out.push({ text, where: `${where(el)} @aria-describedby` });
        }
      }
      out.push({ text: document.title, where: 'document.title' });
      return out;
    });
  }
}
