import { readFileSync } from 'node:fs';
import { examples as zh } from '../app/i18n/zh-CN/examples';
import { example } from './manifests';
import { expect, test } from './fixtures';
import { I18nPage } from './pages/i18n';

// The Chinese page loads an example with its comments in Chinese; switching the language later
// never rewrites the editor's text, so what a share link carries stays byte for byte the same.

/** An example's manifest with its comments in Chinese, as the page ships it. */
const chinese = (id: string): string =>
  readFileSync(new URL(`../app/examples/zh-CN/${id}.yaml`, import.meta.url), 'utf8');

test('an example chosen in the Chinese page comes with Chinese comments', async ({ page }) => {
  const i18n = new I18nPage(page);
  await i18n.open();
  expect(await i18n.editorText()).toBe(example('default'));
  await i18n.switchTo('简体中文');
  // The text already in the editor stays as it was.
  expect(await i18n.editorText()).toBe(example('default'));

  await page.getByRole('button', { name: '示例', exact: true }).click();
  const gallery = page.getByRole('dialog', { name: '示例' });
  await gallery.getByRole('button', { name: zh.words['log-sidecar'].title, exact: true }).click();
  await expect(gallery).toBeHidden();
  await expect.poll(() => i18n.editorText()).toBe(chinese('log-sidecar'));
  expect(chinese('log-sidecar')).toContain('# 一个日志边车容器');

  await i18n.switchTo('English');
  expect(await i18n.editorText()).toBe(chinese('log-sidecar'));
});

test('a first visit in Chinese opens the default example with Chinese comments', async ({
  page,
}) => {
  await page.addInitScript(() => window.localStorage.setItem('podscope.lang', 'zh-CN'));
  const i18n = new I18nPage(page);
  await page.goto('./');
  await expect(page.locator('.react-flow [data-kind="pod"]')).toBeVisible();
  expect(await i18n.htmlLang()).toBe('zh-CN');
  expect(await i18n.editorText()).toBe(chinese('default'));

  await i18n.switchTo('English');
  expect(await i18n.editorText()).toBe(chinese('default'));
});
