import { createContext } from 'react';
import type { Lang } from '../../src/i18n/lang';

export interface I18n {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** A language asked for whose texts are still on their way, else null. */
  loading: Lang | null;
}

/** The page's language; null outside I18nProvider (then English, see useI18n). */
export const I18nContext = createContext<I18n | null>(null);
