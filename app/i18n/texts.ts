// The page's texts in a language. English is part of the first load; the Chinese texts (the
// page's and the rules') arrive with the first use of Chinese. The provider switches the page to a
// language only once its texts are here (loadLang), so a component never meets a missing one.
import type { Lang } from '../../src/i18n/lang';
import { lazyModule } from '../lazy/lazyModule';
import { EN, type Texts } from './en';
import { zhRuleTexts } from './ruleTexts';

const zhCN = lazyModule(() => import('./zh-CN'));

/** True when the page can be drawn in `lang` right now. */
export function langReady(lang: Lang): boolean {
  return lang === 'en' || (zhCN.get() !== undefined && zhRuleTexts.get() !== undefined);
}

/** Fetches what `lang` needs; resolves at once for English. */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang !== 'en') await Promise.all([zhCN.load(), zhRuleTexts.load()]);
}

/**
 * Every text of the page in `lang`. Read before they have arrived (only tests and code outside
 * the provider can), the Chinese texts are the English ones.
 */
export function textsIn(lang: Lang): Texts {
  return lang === 'en' ? EN : (zhCN.get()?.ZH_CN ?? EN);
}
