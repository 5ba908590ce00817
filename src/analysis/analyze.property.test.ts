// Property tests: whatever the input, analysis never throws and every position lies in the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { corpusFiles, NEEDS_CORPUS } from '../testing/corpus';
import { invariantProblems, rangeProblems } from '../testing/invariants';
import { mutate, mutation } from '../testing/mutate';

// The same invariants `npm run fuzz` checks over thousands of cases; a few hundred here.
function checkPositions(text: string): void {
  expect(invariantProblems(text)).toEqual([]);
}

describe('analyze (properties)', () => {
  it('never throws on random text and keeps every range inside it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => checkPositions(s)),
      { numRuns: 300 },
    );
  });

  it(
    'never throws on mutated real manifests and keeps every range inside them',
    NEEDS_CORPUS,
    () => {
      const corpus = corpusFiles().map(([, text]) => text);
      fc.assert(
        fc.property(
          fc.constantFrom(...corpus),
          fc.array(mutation, { minLength: 1, maxLength: 6 }),
          (text, ms) => checkPositions(mutate(text, ms)),
        ),
        { numRuns: 300 },
      );
    },
  );
});

describe('rangeProblems', () => {
  it('names a finding that points outside the text', () => {
    const text = 'a: 1\n';
    const bad = {
      text,
      pieces: [],
      documents: [],
      workloads: [],
      inventory: { entries: [], kinds: new Set<string>(), services: [] },
      findings: [
        {
          ruleId: 'yaml-syntax',
          severity: 'error' as const,
          message: '',
          messageId: 'yaml-syntax.default',
          params: {},
          document: 0,
          path: '',
          line: 1,
          column: 1,
          endLine: 1,
          endColumn: 9,
          offset: 0,
          endOffset: 9,
          suppressed: false,
        },
      ],
    };
    expect(rangeProblems(text, bad)).toEqual(['yaml-syntax at 1:1: offsets 0..9 outside 0..5']);
  });
});
