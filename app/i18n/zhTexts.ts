// English is part of the page; the larger Chinese tables arrive with the first use of Chinese.
// The provider switches the page to a language only once that language's tables are here
// (loadLang), so a component never meets a missing table.
import type { Lang } from '../../src/i18n/lang';
import { lazyModule } from '../lazy/lazyModule';
import type { Bilingual } from './bilingual';
import { zhRuleTexts } from './ruleTexts';
import type { ZhTables } from './zhTables';

const zhTables = lazyModule(() => import('./zhTables'));

/** True when the page can be drawn in `lang` right now. */
export function langReady(lang: Lang): boolean {
  return lang === 'en' || (zhTables.get() !== undefined && zhRuleTexts.get() !== undefined);
}

/** Fetches what `lang` needs; resolves at once for English. */
export async function loadLang(lang: Lang): Promise<void> {
  if (lang !== 'en') await Promise.all([zhTables.load(), zhRuleTexts.load()]);
}

/** Chinese table `key` once it has arrived, else undefined. */
export function zhTable<K extends keyof ZhTables>(key: K): ZhTables[K] | undefined {
  return zhTables.get()?.ZH_TABLES[key];
}

/**
 * A texts module whose Chinese side is the table `key` of zhTables.ts. Read before that table
 * has arrived (only tests and code outside the provider can), the Chinese side is the English.
 */
export function lazyBilingual<K extends keyof ZhTables>(
  key: K,
  en: ZhTables[K],
): Bilingual<ZhTables[K]> {
  return {
    en,
    get 'zh-CN'() {
      return zhTable(key) ?? en;
    },
  };
}
