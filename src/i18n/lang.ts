// The languages podscope speaks. English is the source: rule metadata is written in it, and
// every other language translates it message id by message id.

/** A language the page, the reports and the CLI can use. */
export type Lang = 'en' | 'zh-CN';

/** Every supported language, English first. */
export const LANGS: readonly Lang[] = ['en', 'zh-CN'];

/** The language a tag names (`en`, `en-US`, `zh-CN`, `zh-Hans`, `zh`…), if podscope speaks it. */
export function parseLang(s: string | undefined | null): Lang | undefined {
  if (!s) return undefined;
  const tag = s.trim().toLowerCase().replace(/_/g, '-');
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  // Traditional-script Chinese (zh-TW, zh-HK, zh-Hant) would read Simplified as foreign.
  if (/^zh(-hans)?(-|$)/.test(tag) && !/^zh-(hant|tw|hk|mo)(-|$)/.test(tag)) return 'zh-CN';
  return undefined;
}
