import { expect, test, type Page } from './fixtures';
import { parseAllDocuments } from 'yaml';
import { untranslatedWords } from '../app/i18n/terms';
import { RULES } from '../src/rules/index';
import { example, exampleIds } from './manifests';
import { CanvasPage } from './pages/canvas';
import { I18nPage, type ShownText } from './pages/i18n';

const SHOTS = 'test-results/screenshots';

/** Every word of the manifest's keys and values (not its comments): names the page may show. */
function manifestWords(text: string): Set<string> {
  const words = new Set<string>();
  const add = (s: string): void => {
    words.add(s);
    for (const token of s.split(/[\s,;()"'[\]{}]+/)) if (token) words.add(token);
    for (const w of s.match(/[A-Za-z]+/g) ?? []) words.add(w);
  };
  const walk = (v: unknown): void => {
    if (typeof v === 'string') add(v);
    else if (Array.isArray(v)) v.forEach(walk);
    else if (v !== null && typeof v === 'object')
      for (const [k, child] of Object.entries(v)) {
        add(k);
        walk(child);
      }
  };
  for (const doc of parseAllDocuments(text)) if (!('empty' in doc)) walk(doc.toJS());
  return words;
}

const RULE_IDS = RULES.map((r) => r.id);
/** What the page may show untranslated with the default example: its names and the rule ids. */
const ALLOWED = new Set([...manifestWords(example('default')), ...RULE_IDS]);
/** The gallery's cards name the containers of their own examples too. */
const ALLOWED_IN_GALLERY = new Set([
  ...ALLOWED,
  ...exampleIds().flatMap((id) => [...manifestWords(example(id))]),
]);

/** The English words left in what the page shows, each with where it is. */
function leftovers(shown: readonly ShownText[], allowed = ALLOWED): string[] {
  return shown.flatMap(({ text, where }) =>
    untranslatedWords(text, allowed).map((w) => `${w} — “${text.slice(0, 90)}” (${where})`),
  );
}

/** Opens what a visitor opens: the legend, the editor's search panel, a container, a finding. */
async function walkThrough(page: Page, i18n: I18nPage, lang: 'en' | 'zh-CN') {
  const canvas = new CanvasPage(page);
  const seen: ShownText[] = [];
  const look = async (): Promise<void> => {
    seen.push(...(await i18n.shownTexts()));
  };

  const legend = canvas.root.getByRole('button', { name: lang === 'en' ? 'Legend' : '图例' });
  await look(); // the pod, as the page opens
  await legend.click();
  await look();
  await legend.click(); // closed again: open, it covers part of the graph
  await i18n.editorContent.click();
  await page.keyboard.press('ControlOrMeta+F');
  await expect(page.locator('.cm-search')).toBeVisible();
  await look();
  await page.keyboard.press('Escape');
  const inspector = (kind: string) => page.locator(`[data-inspector="${kind}"]`);
  await canvas.clickNode('container', 'app');
  await expect(inspector('container')).toBeVisible();
  await look();
  await canvas.clickNode('namespace', 'network');
  await expect(inspector('namespace')).toBeVisible();
  await look();
  await canvas.clickNode('volume', 'shared-data');
  await expect(inspector('volume')).toBeVisible();
  await look();
  await page.locator('[data-rule-id]').first().click();
  await expect(inspector('finding')).toBeVisible();
  await look();
  return seen;
}

test('switching language changes <html lang> and the text, and keeps the page as it was', async ({
  page,
}) => {
  const i18n = new I18nPage(page);
  const canvas = new CanvasPage(page);
  await i18n.open();
  expect(await i18n.htmlLang()).toBe('en');
  await expect(page.getByRole('heading', { name: 'Findings', exact: true })).toBeVisible();
  await expect(i18n.button('English')).toHaveAttribute('aria-pressed', 'true');

  // Some state to keep: an edit, a selected node, a zoomed view, the legend open.
  await i18n.editorContent.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('\n# kept across languages');
  await canvas.clickNode('container', 'log-shipper');
  await expect(canvas.node('container', 'log-shipper')).toHaveAttribute('data-selected', 'true');
  const fitted = await i18n.viewportTransform();
  await canvas.root.getByRole('button', { name: 'Zoom in' }).click();
  await canvas.root.getByRole('button', { name: 'Legend' }).click();
  await expect(canvas.root.getByRole('button', { name: 'Legend' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const text = await i18n.editorText();
  expect(text).toContain('# kept across languages');
  await expect.poll(() => i18n.viewportTransform()).not.toBe(fitted);
  const transform = await i18n.viewportTransform();
  await i18n.tagMountedElements();

  await i18n.switchTo('简体中文');
  expect(await i18n.htmlLang()).toBe('zh-CN');
  await expect(page).toHaveTitle(/看清 Kubernetes Pod/);
  await expect(page.getByRole('heading', { name: '发现的问题', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: '示例', exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pod 关系图', exact: true })).toBeVisible();
  await expect(page.getByRole('textbox', { name: '清单（YAML 或 JSON）' })).toBeVisible();
  await expect(canvas.root.getByRole('button', { name: '图例' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  await expect(canvas.root.getByRole('button', { name: '重新布局' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Findings', exact: true })).toHaveCount(0);
  // Nothing was rebuilt: same elements, same text, same selection, same view.
  expect(await i18n.taggedElements()).toBe(3);
  expect(await i18n.editorText()).toBe(text);
  await expect(canvas.node('container', 'log-shipper')).toHaveAttribute('data-selected', 'true');
  expect(await i18n.viewportTransform()).toBe(transform);
  await page.screenshot({ path: `${SHOTS}/i18n-zh-switched.png` });

  await i18n.switchTo('English');
  expect(await i18n.htmlLang()).toBe('en');
  await expect(page).toHaveTitle(/see inside a Kubernetes Pod/);
  await expect(page.getByRole('heading', { name: 'Findings', exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Examples', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: '发现的问题', exact: true })).toHaveCount(0);
  expect(await i18n.taggedElements()).toBe(3);
  expect(await i18n.editorText()).toBe(text);
  expect(await i18n.viewportTransform()).toBe(transform);
});

test('the chosen language survives a reload', async ({ page }) => {
  const i18n = new I18nPage(page);
  await i18n.open();
  await i18n.switchTo('简体中文');
  await page.reload();
  await expect(page.getByRole('heading', { name: '发现的问题', exact: true })).toBeVisible();
  expect(await i18n.htmlLang()).toBe('zh-CN');
  await expect(i18n.button('简体中文')).toHaveAttribute('aria-pressed', 'true');

  await i18n.switchTo('English');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Findings', exact: true })).toBeVisible();
  expect(await i18n.htmlLang()).toBe('en');
});

test.describe('a browser that prefers Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('starts in Chinese', async ({ page }) => {
    const i18n = new I18nPage(page);
    await i18n.open();
    expect(await i18n.htmlLang()).toBe('zh-CN');
    await expect(page.getByRole('heading', { name: '发现的问题', exact: true })).toBeVisible();
    await expect(i18n.button('简体中文')).toHaveAttribute('aria-pressed', 'true');
    await page.screenshot({ path: `${SHOTS}/i18n-zh-default.png` });
  });
});

test.describe('a browser that prefers traditional Chinese', () => {
  test.use({ locale: 'zh-TW' });

  test('starts in Simplified Chinese, the nearest the page speaks', async ({ page }) => {
    const i18n = new I18nPage(page);
    await i18n.open();
    expect(await i18n.htmlLang()).toBe('zh-CN');
  });
});

test.describe('a browser that prefers German', () => {
  test.use({ locale: 'de-DE' });

  test('starts in English', async ({ page }) => {
    const i18n = new I18nPage(page);
    await i18n.open();
    expect(await i18n.htmlLang()).toBe('en');
    await expect(page.getByRole('heading', { name: 'Findings', exact: true })).toBeVisible();
  });
});

test('the English view of the default example is caught by the same check', async ({ page }) => {
  // The check below must be able to fail: in English, it finds plenty.
  const i18n = new I18nPage(page);
  await i18n.open();
  const words = leftovers(await walkThrough(page, i18n, 'en')).map((l) => l.split(' ')[0]);
  expect(words.length).toBeGreaterThan(40);
  expect(words).toEqual(expect.arrayContaining(['Findings', 'Examples', 'Legend', 'Inspector']));
});

test.describe('the Chinese view of the default example', () => {
  test.use({ locale: 'zh-CN' });

  test('has no English left', async ({ page }) => {
    const i18n = new I18nPage(page);
    await i18n.open();
    const seen = await walkThrough(page, i18n, 'zh-CN');
    await page.screenshot({ path: `${SHOTS}/i18n-zh-walkthrough.png` });
    // The check ran on a full page: much text, most of it Chinese.
    expect(seen.length).toBeGreaterThan(150);
    expect(seen.filter((s) => /[\u4e00-\u9fff]/.test(s.text)).length).toBeGreaterThan(80);

    const gallery = page.getByRole('dialog', { name: '示例' });
    await page.getByRole('button', { name: '示例', exact: true }).click();
    await expect(gallery).toBeVisible();
    const inGallery = await i18n.shownTexts();
    await page.screenshot({ path: `${SHOTS}/i18n-zh-gallery.png` });

    const left = [...new Set([...leftovers(seen), ...leftovers(inGallery, ALLOWED_IN_GALLERY)])];
    expect(left, `English left in the Chinese view:\n${left.join('\n')}`).toEqual([]);
  });
});
