// A Vitest reporter that adds one line at the end of a run without the corpus: how many tests
// were skipped for it and why. The skips themselves are Vitest's own (counted as skipped, never
// as passed, in every report); this line only says why they happened.
import type { Reporter, TestModule } from 'vitest/node';
import { CORPUS_NAME, CORPUS_TAG, HAS_CORPUS } from './corpus';

/** The closing line for `count` tests skipped because the corpus is absent. */
export function corpusSkipLine(count: number): string {
  const tests = count === 1 ? 'test' : 'tests';
  return `corpus: ${count} ${tests} skipped — ${CORPUS_NAME} is not beside the repository (see README, "Real-world corpus")`;
}

/** Tests that carry the corpus tag and were skipped. */
export function corpusSkips(modules: ReadonlyArray<TestModule>): number {
  let count = 0;
  for (const module of modules)
    for (const test of module.children.allTests('skipped'))
      if (test.tags.includes(CORPUS_TAG)) count += 1;
  return count;
}

export default class CorpusReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    if (HAS_CORPUS) return;
    const count = corpusSkips(modules);
    if (count > 0) console.log(`\n${corpusSkipLine(count)}\n`);
  }
}
