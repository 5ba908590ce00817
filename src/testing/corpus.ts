// The public corpus of real manifests lives beside the repository in ../shared/corpus/public (its
// SOURCES.md names the project, path and commit of each file); it is not copied in. Tests that
// read it take `NEEDS_CORPUS`: they run when the corpus is there and are skipped when it is not,
// so a fresh clone passes on its own; corpusReporter.ts prints one line saying how many were
// skipped. CI runs beside ../shared, so under CI=true a missing corpus is a broken checkout: one
// test (corpus.test.ts) fails with a message saying so.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestOptions } from 'vitest';

export const CORPUS_DIR = resolve(
  dirname(fileURLToPath(import.meta.url)),
  '../../../shared/corpus/public',
);

/** The corpus folder as the README names it (relative to the repository). */
export const CORPUS_NAME = '../shared/corpus/public';

/** Whether the corpus is beside the repository, decided once per run. */
export const HAS_CORPUS = existsSync(CORPUS_DIR);

/** The Vitest tag on every test that reads the corpus (declared in vite.config.ts). */
export const CORPUS_TAG = 'corpus';

/** CI=true (or 1, yes) as CI services set it; unset, empty, 0 or false is a local run. */
export function isCi(value: string | undefined): boolean {
  return value !== undefined && !['', '0', 'false', 'no'].includes(value.trim().toLowerCase());
}

/** Options for a `describe` or `it` that reads the corpus: tagged, and skipped without it. */
export const NEEDS_CORPUS: TestOptions = { tags: [CORPUS_TAG], skip: !HAS_CORPUS };

function requireCorpus(): void {
  if (!HAS_CORPUS) {
    throw new Error(
      `The public corpus is missing: expected manifests in ${CORPUS_DIR} (${CORPUS_NAME} beside the repository).`,
    );
  }
}

/** Every corpus manifest as [file name, text]; throws a clear error when the corpus is absent. */
export function corpusFiles(): [string, string][] {
  requireCorpus();
  return readdirSync(CORPUS_DIR)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort()
    .map((f) => [f, readFileSync(join(CORPUS_DIR, f), 'utf8')]);
}

/**
 * The corpus while tests are being collected: every manifest, or none when the corpus is absent,
 * so that a file can name one test per manifest and still load (those tests are then skipped).
 */
export function corpusFilesIfPresent(): [string, string][] {
  return HAS_CORPUS ? corpusFiles() : [];
}

/** One corpus manifest by file name. */
export function corpusFile(name: string): string {
  requireCorpus();
  const path = join(CORPUS_DIR, name);
  if (!existsSync(path)) throw new Error(`corpus file ${name} not found in ${CORPUS_DIR}`);
  return readFileSync(path, 'utf8');
}
