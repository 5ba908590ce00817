// The status line's name for where the manifest came from, in the page's language.
import type { Lang } from '../../src/i18n/lang';
import { exampleTitle } from '../examples/words';
import { panelTexts } from './panelTexts';

/**
 * The page records a source name once, in the language of the moment (an example's title, the
 * share link's or a paste's name); this names it again in `lang`. File names are shown as they are.
 */
export function sourceLabel(source: string, lang: Lang): string {
  for (const name of ['sharedLink', 'pasted', 'newManifest'] as const) {
    const names = Object.values(panelTexts).map((T) => T.status[name]);
    if (names.includes(source)) return panelTexts[lang].status[name];
  }
  return exampleTitle(source, lang) ?? source;
}
