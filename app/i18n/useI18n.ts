import { useContext } from 'react';
import type { I18n } from './context';
import { I18nContext } from './context';
import { translate } from './translate';

// Outside the provider (a component rendered on its own) the page reads English.
const ENGLISH: I18n = {
  lang: 'en',
  setLang: () => undefined,
  loading: null,
  t: (key, params) => translate('en', key, params),
};

/** The page's language, a way to change it, and the shell's strings in it. */
export function useI18n(): I18n {
  return useContext(I18nContext) ?? ENGLISH;
}
