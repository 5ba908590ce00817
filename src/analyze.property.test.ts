// Property tests: whatever the input, analysis never throws and every position lies in the text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze';
import { corpusFiles } from './testing/corpus';

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

/** A mutation of a manifest: insert, delete or replace a slice, or duplicate/shift a line. */
const mutation = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.nat(), s: fc.string({ maxLength: 8 }) }),
  fc.record({
    op: fc.constant('delete' as const),
    at: fc.nat(),
    n: fc.integer({ min: 1, max: 20 }),
  }),
  fc.record({
    op: fc.constant('replace' as const),
    at: fc.nat(),
    s: fc.constantFrom(
      ':',
      '-',
      '[',
      '{',
      '"',
      "'",
      '  ',
      '\t',
      '&a',
      '*a',
      '---\n',
      '\n',
      '#',
      '0x1',
      '1e3',
      'null',
      '~',
    ),
  }),
  fc.record({
    op: fc.constant('indent' as const),
    at: fc.nat(),
    n: fc.integer({ min: -2, max: 4 }),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

/** Applies mutations to a text (positions taken modulo its length). */
export function mutate(text: string, ms: readonly Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = t.length === 0 ? 0 : m.at % t.length;
    if (m.op === 'insert' || m.op === 'replace')
      t = t.slice(0, at) + m.s + t.slice(at + (m.op === 'replace' ? 1 : 0));
    else if (m.op === 'delete') t = t.slice(0, at) + t.slice(at + m.n);
    else {
      const lines = t.split('\n');
      const i = at % Math.max(1, lines.length);
      lines[i] = m.n >= 0 ? ' '.repeat(m.n) + lines[i] : lines[i].replace(/^ {1,2}/, '');
      t = lines.join('\n');
    }
  }
  return t;
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
