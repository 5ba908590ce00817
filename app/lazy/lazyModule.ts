// Code that is not needed at first paint is fetched with import() the first time it is wanted,
// once, and kept: later readers get it synchronously. A failed fetch (a dropped connection, a
// build replaced under an open tab) is not remembered, so the next use tries again.

/** A module fetched on first use. */
export interface LazyModule<M> {
  /** Starts the fetch (at most one at a time) and resolves with the module. */
  load: () => Promise<M>;
  /** The module once it has arrived, else undefined. */
  get: () => M | undefined;
}

/** Wraps `importer` (a `() => import('./x')`) so the module is fetched once and then kept. */
export function lazyModule<M>(importer: () => Promise<M>): LazyModule<M> {
  let loaded: M | undefined;
  let pending: Promise<M> | undefined;
  return {
    load: () =>
      (pending ??= importer().then(
        (m) => (loaded = m),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
    get: () => loaded,
  };
}
