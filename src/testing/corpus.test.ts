import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, CORPUS_NAME, CORPUS_TAG, corpusFiles, HAS_CORPUS, isCi } from './corpus';
import { corpusSkipLine } from './corpusReporter';

describe('the public corpus', () => {
  // Runs wherever the corpus is, and in CI whether it is there or not: CI must not skip it.
  const required = { tags: [CORPUS_TAG], skip: !HAS_CORPUS && !isCi(process.env.CI) };

  it('is beside the repository (CI requires it)', required, () => {
    expect(
      HAS_CORPUS,
      `CI requires the public corpus: ${CORPUS_NAME} is not beside the repository (looked in ${CORPUS_DIR})`,
    ).toBe(true);
    expect(corpusFiles().length).toBeGreaterThan(20);
  });
});

describe('isCi', () => {
  it('reads CI the way CI services and people set it', () => {
    for (const on of ['true', 'TRUE', '1', 'yes', 'woodpecker']) expect(isCi(on), on).toBe(true);
    for (const off of [undefined, '', ' ', '0', 'false', 'False', 'no'])
      expect(isCi(off), String(off)).toBe(false);
  });
});

describe('corpusSkipLine', () => {
  it('says how many tests were skipped, why, and where to read more', () => {
    expect(corpusSkipLine(31)).toBe(
      'corpus: 31 tests skipped — ../shared/corpus/public is not beside the repository (see README, "Real-world corpus")',
    );
    expect(corpusSkipLine(1)).toMatch(/^corpus: 1 test skipped — /);
  });
});
