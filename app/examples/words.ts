// What the gallery says about an example, in the page's language. The Chinese words arrive
// with the page's other Chinese tables (app/i18n/zhTables.ts).
import type { Lang } from '../../src/i18n/lang';
import { zhTable } from '../i18n/zhTexts';
import { CATALOG, type ExampleId, type ExampleWords } from './catalog';

const BY_ID = new Map<string, ExampleWords>(CATALOG.map((e) => [e.id, e]));

/** Title, summary and idea of example `id` in `lang` (English until the Chinese has arrived). */
export function exampleWords(id: ExampleId, lang: Lang): ExampleWords {
  const zh = lang === 'zh-CN' ? zhTable('examples') : undefined;
  if (zh) return zh[id];
  const words = BY_ID.get(id);
  if (!words) throw new Error(`no example ${id}`);
  return words;
}

/**
 * An example's title in `lang`, given its title in any language (the page records the title as
 * the manifest's source when an example is opened); undefined for any other name.
 */
export function exampleTitle(title: string, lang: Lang): string | undefined {
  const zh = zhTable('examples');
  const example = CATALOG.find((e) => e.title === title || zh?.[e.id].title === title);
  return example && exampleWords(example.id, lang).title;
}
