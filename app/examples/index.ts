// The example gallery: every manifest in this folder with what the gallery says about it. The
// default example comes with the page (a first visit opens it); the others are fetched when the
// gallery opens, while its cards, drawn from the catalog, are already there. In the Chinese page
// an example is loaded with its comments in Chinese (zh-CN/); the editor's text is never
// rewritten when the language changes afterwards, so a share link stays what it was.
import type { Lang } from '../../src/i18n/lang';
import { lazyModule } from '../lazy/lazyModule';
import { CATALOG, type ExampleId } from './catalog';
import defaultPod from './default.yaml?raw';

/** What a gallery card shows. */
export interface Example {
  id: ExampleId;
  title: string;
  summary: string;
  idea: string;
}

/** An example with its manifest. */
export interface ExampleManifest extends Example {
  text: string;
}

/** Every example in gallery order; the first is the default. */
export const EXAMPLES: readonly Example[] = CATALOG.map(({ id, title, summary, idea }) => ({
  id,
  title,
  summary,
  idea,
}));

/** The manifest the page opens with on a first visit. */
export const DEFAULT_EXAMPLE: ExampleManifest = { ...EXAMPLES[0], text: defaultPod };

const manifests = lazyModule(() => import('./manifests'));
const manifestsZh = lazyModule(() => import('./zh-CN/manifests'));
const defaultZh = lazyModule(() => import('./zh-CN/default.yaml?raw'));

/** Starts fetching the gallery's manifests in `lang` (when it opens), so a card loads at once. */
export function preloadExamples(lang: Lang = 'en'): void {
  // A failure shows when a card is chosen (exampleText rejects), and is retried then.
  (lang === 'en' ? manifests : manifestsZh).load().catch(() => undefined);
  if (lang !== 'en') defaultZh.load().catch(() => undefined);
}

/** The manifest of example `id`, its comments in `lang`. */
export async function exampleText(id: ExampleId, lang: Lang = 'en'): Promise<string> {
  if (lang !== 'en')
    return id === 'default'
      ? (await defaultZh.load()).default
      : (await manifestsZh.load()).MANIFESTS_ZH[id];
  if (id === 'default') return DEFAULT_EXAMPLE.text;
  return (await manifests.load()).MANIFESTS[id];
}

/**
 * Fetches the default example's comments in `lang`, for a first visit that opens in it; resolves
 * either way (without them the page opens with the English comments).
 */
export async function preloadDefaultExample(lang: Lang): Promise<void> {
  if (lang !== 'en') await defaultZh.load().catch(() => undefined);
}

/** The manifest a first visit opens with: in `lang` once preloadDefaultExample has it. */
export function defaultExampleText(lang: Lang): string {
  return (lang !== 'en' && defaultZh.get()?.default) || DEFAULT_EXAMPLE.text;
}

/** Every example with its manifest, in gallery order. */
export async function loadExamples(): Promise<readonly ExampleManifest[]> {
  const { MANIFESTS } = await manifests.load();
  return EXAMPLES.map((e) =>
    e.id === 'default' ? DEFAULT_EXAMPLE : { ...e, text: MANIFESTS[e.id] },
  );
}
