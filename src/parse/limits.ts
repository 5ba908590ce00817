// What the reader accepts (kept apart from the reader, so texts can quote them without loading it).

/** Deepest nesting accepted; real Kubernetes objects stay well under 40 levels. */
export const MAX_DEPTH = 200;
/** Most value nodes an input may expand to through aliases. */
export const MAX_ALIAS_EXPANSION = 100_000;
