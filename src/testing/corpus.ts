// The public corpus of real manifests lives beside the repository in ../shared/corpus/public;
// tests read it there and fail with a plain message when it is missing.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpus/public',
);

/** Every corpus manifest as [file name, text]; throws a clear error when the corpus is absent. */
export function corpusFiles(): [string, string][] {
  if (!existsSync(CORPUS_DIR)) {
    throw new Error(
      `The public corpus is missing: expected manifests in ${CORPUS_DIR} (../shared/corpus/public beside the repository).`,
    );
  }
  return readdirSync(CORPUS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => [f, readFileSync(join(CORPUS_DIR, f), 'utf8')]);
}

/** One corpus manifest by file name. */
export function corpusFile(name: string): string {
  const found = corpusFiles().find(([f]) => f === name);
  if (!found) throw new Error(`corpus file ${name} not found in ${CORPUS_DIR}`);
  return found[1];
}
