// What the gallery says about an example, in the page's language.
import type { Lang } from '../../src/i18n/lang';
import { CATALOG, type ExampleId, type ExampleWords } from './catalog';
import { CATALOG_ZH } from './catalogZh';

const BY_ID = new Map<string, ExampleWords>(CATALOG.map((e) => [e.id, e]));

/** Title, summary and idea of example `id` in `lang`. */
export function exampleWords(id: ExampleId, lang: Lang): ExampleWords {
  if (lang === 'zh-CN') return CATALOG_ZH[id];
  const words = BY_ID.get(id);
  if (!words) throw new Error(`no example ${id}`);
  return words;
}

/**
 * An example's title in `lang`, given its title in any language (the page records the title as
 * the manifest's source when an example is opened); undefined for any other name.
 */
export function exampleTitle(title: string, lang: Lang): string | undefined {
  const example = CATALOG.find((e) => e.title === title || CATALOG_ZH[e.id].title === title);
  return example && exampleWords(example.id, lang).title;
}
