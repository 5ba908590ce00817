import { useEffect, useState } from 'react';
import { previewOf, type Preview } from './format';
import { readText, type TextRead } from './versions';

export type TextState =
  | { status: 'none' }
  | { status: 'loading' }
  | ({ status: 'read' } & (
      Extract<TextRead, { ok: false }> | { ok: true; text: string; preview: Preview }
    ));

/** The text of the version `id` and its preview, read when `id` is chosen. */
export function useVersionText(id: number | null): TextState {
  // Kept with the id it belongs to: a text read for an earlier choice is never shown for this one.
  const [read, setRead] = useState<{ id: number; state: TextState } | null>(null);

  useEffect(() => {
    if (id === null) return;
    let live = true;
    void readText(id).then((r) => {
      if (!live) return;
      const state: TextState = r.ok
        ? { status: 'read', ok: true, text: r.text, preview: previewOf(r.text) }
        : { status: 'read', ...r };
      setRead({ id, state });
    });
    return () => {
      live = false;
    };
  }, [id]);

  if (id === null) return { status: 'none' };
  return read?.id === id ? read.state : { status: 'loading' };
}
