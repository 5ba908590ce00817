// The example gallery: every manifest in this folder with what the gallery says about it. The
// default example comes with the page (a first visit opens it); the others are fetched when the
// gallery opens, while its cards, drawn from the catalog, are already there.
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

/** Starts fetching the gallery's manifests (when it opens), so a chosen card loads at once. */
export function preloadExamples(): void {
  // A failure shows when a card is chosen (exampleText rejects), and is retried then.
  manifests.load().catch(() => undefined);
}

/** The manifest of example `id`. */
export async function exampleText(id: ExampleId): Promise<string> {
  if (id === 'default') return DEFAULT_EXAMPLE.text;
  return (await manifests.load()).MANIFESTS[id];
}

/** Every example with its manifest, in gallery order. */
export async function loadExamples(): Promise<readonly ExampleManifest[]> {
  const { MANIFESTS } = await manifests.load();
  return EXAMPLES.map((e) =>
    e.id === 'default' ? DEFAULT_EXAMPLE : { ...e, text: MANIFESTS[e.id] },
  );
}
