import { useCallback, useLayoutEffect, useMemo, useState, type ReactNode } from 'react';
import type { Lang } from '../../src/i18n/lang';
import { I18nContext, type I18n } from './context';
import { initialLang } from './detect';
import { loadLangChoice, saveLangChoice } from './storage';
import { translate } from './translate';

/** The document's language, title and description, so they always match what the page shows. */
function applyToDocument(lang: Lang): void {
  document.documentElement.lang = lang;
  document.title = translate(lang, 'app.title');
  document
    .querySelector('meta[name="description"]')
    ?.setAttribute('content', translate(lang, 'app.description'));
}

/**
 * Holds the page's language. Changing it re-renders the readers of the context and nothing
 * else: the app below is never remounted, so text, selection and viewport stay as they are.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() =>
    initialLang(loadLangChoice(), navigator.languages ?? [navigator.language]),
  );
  // Before paint, so neither screen readers nor screenshots meet a stale `lang`.
  useLayoutEffect(() => applyToDocument(lang), [lang]);

  const setLang = useCallback((next: Lang) => {
    saveLangChoice(next);
    setLangState(next);
  }, []);
  const value = useMemo<I18n>(
    () => ({ lang, setLang, t: (key, params) => translate(lang, key, params) }),
    [lang, setLang],
  );
  return <I18nContext value={value}>{children}</I18nContext>;
}
