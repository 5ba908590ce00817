// The status line's name for where the manifest came from, in the page's language.
import type { Lang } from '../../src/i18n/lang';
import { CATALOG, type ExampleId } from '../examples/catalog';
import { PAGE_LANGS } from '../i18n/detect';
import type { Texts } from '../i18n/en';
import { textsIn } from '../i18n/texts';

type NameIn = (T: Texts) => string;

function exampleTitle(id: ExampleId): NameIn {
  return (T) => T.examples.words[id].title;
}

// The names the page gives a source itself, each as found in one language's texts.
const OWN_NAMES: NameIn[] = [
  (T) => T.panels.status.sharedLink,
  (T) => T.panels.status.pasted,
  (T) => T.panels.status.newManifest,
  ...CATALOG.map((e) => exampleTitle(e.id)),
];

/**
 * The page records a source name once, in the language of the moment (an example's title, the
 * share link's or a paste's name); this names it again in `lang`. File names are shown as they are.
 */
export function sourceLabel(source: string, lang: Lang): string {
  const languages = PAGE_LANGS.map(textsIn);
  const name = OWN_NAMES.find((nameIn) => languages.some((T) => nameIn(T) === source));
  return name ? name(textsIn(lang)) : source;
}
