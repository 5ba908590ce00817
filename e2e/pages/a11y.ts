import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page, type TestInfo } from '@playwright/test';
import { SECRET_AND_POD } from '../manifests';

/** WCAG 2.1 levels A and AA: the bar every view of the page must pass. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export type Theme = 'light' | 'dark';

/** One axe violation, cut down to what a reader of a failing test needs to find it. */
export interface Violation {
  rule: string;
  impact: string | null | undefined;
  help: string;
  /** The first offending elements (CSS selectors), and why the first one fails. */
  targets: string[];
  why: string;
}

/** How the focused element shows that it has the focus. */
export interface FocusIndicator {
  /** The focused element: its role or tag, and its accessible name or text. */
  focused: string;
  /** Where the indicator is drawn: the element itself, or the card or editor it stands for. */
  drawnOn: string;
  outline: string;
  boxShadow: string;
  visible: boolean;
}

/**
 * The page as axe and a keyboard user meet it: opened in a theme, brought into one of its main
 * views, scanned whole (nothing excluded), and what has the focus read back.
 */
export class A11yPage {
  readonly podNode: Locator;
  readonly editor: Locator;
  readonly gallery: Locator;
  readonly exportMenu: Locator;
  readonly secretsDialog: Locator;
  readonly inspectorTitle: Locator;
  readonly findingRows: Locator;
  readonly alert: Locator;
  readonly fileInput: Locator;

  constructor(
    readonly page: Page,
    readonly info?: TestInfo,
  ) {
    this.podNode = page.locator('.react-flow [data-kind="pod"]');
    this.editor = page.locator('.cm-editor');
    this.gallery = page.locator('dialog').filter({ has: page.locator('button[data-example]') });
    this.exportMenu = page.getByRole('menu');
    this.secretsDialog = page.locator('dialog').filter({ has: page.locator('li[data-secret]') });
    this.inspectorTitle = page
      .getByRole('region', { name: 'Inspector' })
      .getByRole('heading', { level: 2 });
    this.findingRows = page.locator('[data-rule-id]');
    this.alert = page.getByRole('alert');
    this.fileInput = page.locator('input[type="file"]');
  }

  /** Opens the page with the system asking for `theme`; the page follows it until told otherwise. */
  async open(theme: Theme = 'light'): Promise<void> {
    await this.page.emulateMedia({ colorScheme: theme });
    await this.page.goto('./');
    await expect(this.editor).toBeVisible();
    await expect(this.podNode).toBeVisible();
    await expect
      .poll(() => this.page.evaluate(() => document.documentElement.classList.contains('dark')))
      .toBe(theme === 'dark');
  }

  /** Makes the next load show the guided tour, as on a first visit (see tourGate.ts). */
  async showTourOnLoad(): Promise<void> {
    await this.page.addInitScript(() => localStorage.setItem('podscope.tour', 'show'));
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  node(kind: string, name: string): Locator {
    return this.page.locator(`.react-flow [data-kind="${kind}"][data-name="${name}"]`);
  }

  /** Clicks a node on its title; the pointer stays on it, so what it does not share fades. */
  async selectNode(kind: string, name: string): Promise<void> {
    await this.node(kind, name).click({ position: { x: 24, y: 14 } });
    await expect(this.node(kind, name)).toHaveAttribute('data-selected', 'true');
  }

  async selectFinding(ruleId: string): Promise<void> {
    const row = this.page.locator(`[data-rule-id="${ruleId}"]`).first();
    await row.click();
    await expect(row).toHaveAttribute('aria-current', 'true');
  }

  async loadFile(name: string, text: string): Promise<void> {
    await this.fileInput.setInputFiles({
      name,
      mimeType: 'application/yaml',
      buffer: Buffer.from(text, 'utf8'),
    });
  }

  /** Gives the file input a file that is not text: the page refuses it with an alert. */
  async refuseUpload(): Promise<void> {
    await this.fileInput.setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
    });
    await expect(this.alert).toBeVisible();
  }

  /** Loads a manifest holding secrets and presses Share, which asks first. */
  async openSecretsDialog(): Promise<void> {
    await this.loadFile('secret.yaml', SECRET_AND_POD);
    await expect(this.podNode).toHaveAttribute('data-name', 'api');
    await this.button('Share').click();
    await expect(this.secretsDialog).toBeVisible();
  }

  /** Presses Share on a manifest without secrets: the link is made and a bubble says so. */
  async shareLink(): Promise<void> {
    await this.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await this.button('Share').click();
    await expect(this.page.getByRole('status').filter({ hasText: /link/i })).toBeVisible();
  }

  /**
   * Breaks the pod's own document (its first line): the pod stays, faded, under the stale banner.
   * A broken line at the end would break only the example's last document, a ConfigMap.
   */
  async breakTheYaml(): Promise<void> {
    await this.page.locator('.cm-content').click();
    await this.page.keyboard.press('ControlOrMeta+Home');
    await this.page.keyboard.insertText('x: [\n');
    await expect(this.page.locator('[data-stale="true"]').first()).toBeVisible();
  }

  async zoomIn(times: number): Promise<void> {
    for (let i = 0; i < times; i++) await this.button('Zoom in').click();
    await expect(this.page.locator('.react-flow__minimap')).toBeVisible();
  }

  async chinese(): Promise<void> {
    await this.page.locator('[data-lang-switch]').getByRole('button', { name: '简体中文' }).click();
    await expect(this.page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  }

  /** Scans the whole page, nothing excluded, and returns its WCAG 2.1 A/AA violations. */
  async violations(name: string): Promise<Violation[]> {
    // Fades (hover dimming, menus) must have ended, or axe measures colours half way through.
    await this.page.waitForTimeout(300);
    const results = await new AxeBuilder({ page: this.page }).withTags(WCAG_21_AA).analyze();
    const shot = await this.page.screenshot({ path: `test-results/screenshots/a11y-${name}.png` });
    await this.info?.attach(`a11y-${name}`, { body: shot, contentType: 'image/png' });
    return results.violations.map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')),
      why: v.nodes[0]?.failureSummary ?? '',
    }));
  }

  /** The element that has the keyboard focus. */
  focused(): Locator {
    return this.page.locator('*:focus');
  }

  /**
   * The focus indicator once it has been drawn (the editor marks its focus a moment later). A
   * ring that shows returns at once; the generous wait is for a busy machine, where "a moment
   * later" can be seconds.
   */
  async settledFocusIndicator(timeout = 15_000): Promise<FocusIndicator> {
    const until = Date.now() + timeout;
    let ring = await this.focusIndicator();
    while (!ring.visible && Date.now() < until) {
      await this.page.waitForTimeout(50);
      ring = await this.focusIndicator();
    }
    return ring;
  }

  /**
   * How the focused element shows the focus: an outline or a box-shadow ring that is actually
   * drawn (a style other than none, a width, a colour that is not transparent). A node's title
   * rings its whole card, and the editor's text area rings the editor.
   */
  focusIndicator(): Promise<FocusIndicator> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body)
        return { focused: 'body', drawnOn: 'body', outline: '', boxShadow: '', visible: false };
      const target =
        (el.closest('.node-title') && el.closest('[data-kind]')) ||
        (el.closest('.cm-content') && el.closest('.cm-editor')) ||
        el;
      const s = getComputedStyle(target);
      // Colours come as rgb(), rgba() or, from Tailwind 4's palette, oklch() and oklab().
      const transparent = (color: string) =>
        color === 'transparent' || /(,|\/)\s*0\)$/.test(color.trim());
      const outlined =
        s.outlineStyle !== 'none' &&
        parseFloat(s.outlineWidth) > 0 &&
        (s.outlineStyle === 'auto' || !transparent(s.outlineColor));
      // Each shadow: a colour, then x, y, blur and spread offsets; a ring is a spread > 0.
      const rings = [
        ...s.boxShadow.matchAll(
          /([a-z]+\([^)]*\))\s+(-?[\d.]+)px\s+(-?[\d.]+)px\s+([\d.]+)px\s+(-?[\d.]+)px/g,
        ),
      ];
      const ringed = rings.some(
        (m) => !transparent(m[1]) && (parseFloat(m[4]) > 0 || parseFloat(m[5]) > 0),
      );
      const name =
        el.getAttribute('aria-label') ?? (el.textContent ?? '').trim().replace(/\s+/g, ' ');
      return {
        focused: `${el.getAttribute('role') ?? el.tagName.toLowerCase()} "${name.slice(0, 80)}"`,
        drawnOn: target === el ? 'itself' : (target.getAttribute('data-kind') ?? 'editor'),
        outline: `${s.outlineStyle} ${s.outlineWidth} ${s.outlineColor}`,
        boxShadow: s.boxShadow,
        visible: outlined || ringed,
      };
    });
  }
}
