import type { Lang } from '../../src/i18n/lang';
import { PAGE_LANGS } from './detect';
import { useI18n } from './useI18n';
import { useTexts } from './useTexts';

// Each language is named in itself, so a reader who cannot read the current one finds theirs.
const NAMES: Record<Lang, string> = { en: 'English', 'zh-CN': '简体中文' };

const SEGMENT =
  'cursor-pointer aria-busy:cursor-progress px-2.5 py-1 text-sm font-medium focus-visible:outline-2 focus-visible:-outline-offset-2 focus-visible:outline-indigo-600 dark:focus-visible:outline-indigo-400';
const ON = 'bg-indigo-600 text-white dark:bg-indigo-500';
const OFF =
  'bg-white text-slate-700 hover:bg-slate-50 hover:text-slate-900 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700 dark:hover:text-white';

/** English / 简体中文: two toggle buttons; the pressed one is the page's language. */
export function LanguageSwitch() {
  const { lang, setLang, loading } = useI18n();
  const T = useTexts('shell');
  return (
    <div
      role="group"
      aria-label={T.language}
      data-lang-switch
      className="inline-flex divide-x divide-slate-300 overflow-hidden rounded-md border border-slate-300 shadow-xs dark:divide-slate-700 dark:border-slate-700"
    >
      {PAGE_LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === lang}
          aria-busy={l === loading}
          onClick={() => setLang(l)}
          className={`${SEGMENT} ${l === lang ? ON : OFF}`}
        >
          {NAMES[l]}
        </button>
      ))}
    </div>
  );
}
