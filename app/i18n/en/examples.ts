// The gallery's words: what each example is called, holds and shows, and what the gallery says
// when one cannot be loaded. An example's English words stay with its metadata in
// app/examples/catalog.ts (the browser tests read them there too); they are gathered here by id.
import { CATALOG, type ExampleId, type ExampleWords } from '../../examples/catalog';

const words = Object.fromEntries(
  CATALOG.map((e) => [e.id, { title: e.title, summary: e.summary, idea: e.idea }]),
) as Record<ExampleId, ExampleWords>;

export const examples = {
  notLoaded: 'This example could not be loaded. Check the connection and choose it again.',
  /** Title, summary and idea of every example, by id. */
  words,
};

export type ExamplesTexts = typeof examples;
