// The timeline's, the chips' and the status explainer's words in both languages, loaded with
// their code rather than with the page (see app/i18n/en/lifecycle.ts).
import type { Lang } from '../../src/i18n/lang';
import { lifecycle as en, type LifecycleTexts } from '../i18n/en/lifecycle';
import { lifecycle as zhCN } from '../i18n/zh-CN/lifecycle';
import { useI18n } from '../i18n/useI18n';

const TEXTS: Record<Lang, LifecycleTexts> = { en, 'zh-CN': zhCN };

/** The words in `lang`. */
export function lifecycleTexts(lang: Lang): LifecycleTexts {
  return TEXTS[lang];
}

/** The words in the page's language: `const T = useLifecycleTexts()`. */
export function useLifecycleTexts(): LifecycleTexts {
  return TEXTS[useI18n().lang];
}
