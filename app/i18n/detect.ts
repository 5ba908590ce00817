// Which language the page starts in: the reader's own earlier choice, else the browser's.
import type { Lang } from '../../src/i18n/lang';

/** Where the chosen language is kept between visits. */
export const LANG_STORAGE_KEY = 'podscope.lang';

/** The page's languages, in the order the switch shows them. */
export const PAGE_LANGS: readonly Lang[] = ['en', 'zh-CN'];

export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh-CN';
}

/**
 * The first of the browser's preferred languages that the page speaks. Every Chinese tag (zh,
 * zh-TW, zh-Hant-HK…) reads Simplified Chinese rather than English; other languages read English.
 */
export function browserLang(languages: readonly string[]): Lang {
  for (const tag of languages) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** The stored choice when it is a language the page speaks, else the browser's preference. */
export function initialLang(stored: string | null, languages: readonly string[]): Lang {
  return isLang(stored) ? stored : browserLang(languages);
}
