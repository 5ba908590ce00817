import { createContext } from 'react';
import type { Lang } from '../../src/i18n/lang';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** A language asked for whose texts are still on their way, else null. */
  loading: Lang | null;
  /** The shell's string for `key` (messages.ts) with `{param}` placeholders filled. */
  t: (key: string, params?: Record<string, string | number>) => string;
}

/** The page's language; null outside I18nProvider (then English, see useI18n). */
export const I18nContext = createContext<I18n | null>(null);
