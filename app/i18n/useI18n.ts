import { useContext } from 'react';
import type { I18n } from './context';
import { I18nContext } from './context';

// Outside the provider (a component rendered on its own) the page reads English.
const ENGLISH: I18n = { lang: 'en', setLang: () => undefined, loading: null };

/** The page's language and a way to change it; its texts come from useTexts. */
export function useI18n(): I18n {
  return useContext(I18nContext) ?? ENGLISH;
}
