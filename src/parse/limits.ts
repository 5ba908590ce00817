// What the reader accepts (kept apart from the reader, so texts can quote them without loading it).

/** Deepest nesting accepted; real Kubernetes objects stay well under 40 levels. */
export const MAX_DEPTH = 200;
/** Most value nodes an input may expand to through aliases. */
export const MAX_ALIAS_EXPANSION = 100_000;

/**
 * The largest document read: the API server refuses request bodies over 3 MiB (and etcd stores
 * objects up to 1.5 MiB), so nothing bigger can be a real object; reading it would only stall.
 */
export const MAX_DOCUMENT_CHARS = 3 * 1024 * 1024;

/** The largest input read at all (a rendered chart of thousands of documents is ~5 MiB). */
export const MAX_INPUT_CHARS = 16 * 1024 * 1024;
