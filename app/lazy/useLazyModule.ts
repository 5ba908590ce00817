import { useCallback, useEffect, useState } from 'react';
import type { LazyModule } from './lazyModule';

/** Where a lazily fetched module stands for a component. */
export type LazyState<M> =
  { status: 'ready'; module: M } | { status: 'loading' } | { status: 'failed'; retry: () => void };

/**
 * The module once it has arrived; fetched when `wanted` first becomes true. Components render a
 * quiet placeholder while it loads and keep everything else (text, selection) as it is.
 */
export function useLazyModule<M>(lazy: LazyModule<M>, wanted = true): LazyState<M> {
  // Only re-renders on arrival: the module itself is read from `lazy`, which keeps it.
  const [, setArrivals] = useState(0);
  const [failed, setFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const loaded = lazy.get();
  const retry = useCallback(() => {
    setFailed(false);
    setAttempt((n) => n + 1);
  }, []);

  useEffect(() => {
    if (!wanted || loaded !== undefined) return;
    let live = true;
    lazy.load().then(
      () => live && setArrivals((n) => n + 1),
      () => live && setFailed(true),
    );
    return () => {
      live = false;
    };
  }, [lazy, wanted, loaded, attempt]);

  if (loaded !== undefined) return { status: 'ready', module: loaded };
  if (failed) return { status: 'failed', retry };
  return { status: 'loading' };
}
