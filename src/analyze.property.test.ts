// Property tests: whatever the input, analysis never throws and every position lies in the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { corpusFiles } from './testing/corpus';
import { mutate, mutation } from './testing/mutate';

function checkPositions(text: string): void {
  const result = analyze(text);
  for (const f of result.findings) {
    expect(f.offset).toBeGreaterThanOrEqual(0);
    expect(f.endOffset).toBeGreaterThanOrEqual(f.offset);
    expect(f.endOffset).toBeLessThanOrEqual(text.length);
    expect(f.line).toBeGreaterThanOrEqual(1);
    expect(f.column).toBeGreaterThanOrEqual(1);
    expect(f.endLine).toBeGreaterThanOrEqual(f.line);
  }
}

describe('analyze (properties)', () => {
  it('never throws on random text and keeps every range inside it', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => checkPositions(s)),
      { numRuns: 300 },
    );
  });

  it('never throws on mutated real manifests and keeps every range inside them', () => {
    const corpus = corpusFiles().map(([, text]) => text);
    fc.assert(
      fc.property(
        fc.constantFrom(...corpus),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (text, ms) => checkPositions(mutate(text, ms)),
      ),
      { numRuns: 300 },
    );
  });
});
