// Where the text came from (the status line's "Source"), kept in the editor's undo history. A
// load (an example, a file, a link, New) and a paste over the whole text name a new source;
// undoing one brings back the source the text had before it, and redo takes it forward again.
import { invertedEffects } from '@codemirror/commands';
import type { Extension, Transaction } from '@codemirror/state';
import { StateEffect } from '@codemirror/state';

/** The text comes from this source from this transaction on. */
export const sourceChanged = StateEffect.define<string>();

/**
 * The source a transaction names, if any. An undo across several merged steps carries one
 * effect per step, newest first: the last one is the source from before all of them.
 */
export function sourceOf(tr: Transaction): string | undefined {
  let source: string | undefined;
  for (const effect of tr.effects) if (effect.is(sourceChanged)) source = effect.value;
  return source;
}

/**
 * Stores with every transaction that changes the source (one carrying `sourceChanged`, or one
 * `replacesSource` recognises) the source it replaced, which `current` gives while the
 * transaction is applied.
 */
export function sourceHistory(
  current: () => string,
  replacesSource: (tr: Transaction) => boolean,
): Extension {
  return invertedEffects.of((tr) =>
    sourceOf(tr) !== undefined || replacesSource(tr) ? [sourceChanged.of(current())] : [],
  );
}
