import {
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { Lang } from '../../src/i18n/lang';
import { I18nContext, type I18n } from './context';
import { initialLang } from './detect';
import { loadLangChoice, saveLangChoice } from './storage';
import { langReady, loadLang, textsIn } from './texts';

/** The document's language, title and description, so they always match what the page shows. */
function applyToDocument(lang: Lang): void {
  const T = textsIn(lang).shell;
  document.documentElement.lang = lang;
  document.title = T.title;
  document.querySelector('meta[name="description"]')?.setAttribute('content', T.description);
}

/**
 * Holds the page's language. Changing it re-renders the readers of the context and nothing
 * else: the app below is never remounted, so text, selection and viewport stay as they are.
 * A language whose texts have not arrived yet is fetched first; the page switches once they
 * are here, and a page that opens in Chinese waits for them rather than flash English.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() =>
    initialLang(loadLangChoice(), navigator.languages ?? [navigator.language]),
  );
  const [ready, setReady] = useState(() => langReady(lang));
  const [loading, setLoading] = useState<Lang | null>(null);
  // The last language asked for: a slower, earlier request must not win over it.
  const wanted = useRef(lang);
  // Before paint, so neither screen readers nor screenshots meet a stale `lang`; again once the
  // texts of a page that opens in Chinese have arrived, for its title and description.
  useLayoutEffect(() => applyToDocument(lang), [lang, ready]);

  useEffect(() => {
    if (ready) return;
    let live = true;
    const done = (shown: Lang): void => {
      if (!live) return;
      setLangState(shown);
      setReady(true);
    };
    // Without its texts (offline before they were ever fetched) the page opens in English.
    loadLang(lang).then(
      () => done(lang),
      () => done('en'),
    );
    return () => {
      live = false;
    };
  }, [ready, lang]);

  const setLang = useCallback((next: Lang) => {
    wanted.current = next;
    const apply = (): void => {
      if (wanted.current !== next) return;
      saveLangChoice(next);
      setLangState(next);
    };
    if (langReady(next)) {
      setLoading(null);
      apply();
      return;
    }
    setLoading(next);
    loadLang(next)
      .then(apply, () => undefined)
      .finally(() => setLoading((l) => (l === next ? null : l)));
  }, []);
  const value = useMemo<I18n>(() => ({ lang, setLang, loading }), [lang, setLang, loading]);
  return ready ? <I18nContext value={value}>{children}</I18nContext> : null;
}
