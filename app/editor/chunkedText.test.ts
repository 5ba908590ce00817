import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdit } from '../../src/analysis/textEdit';
import { CHUNK, ChunkedText } from './chunkedText';

// A text a few chunks long, with a line number on every line so misplaced edits show.
const base = Array.from({ length: 8000 }, (_, i) => `line ${i}: value\n`).join('');

describe('ChunkedText', () => {
  it('cuts a text into chunks and joins them back', () => {
    const t = new ChunkedText(base);
    expect(t.size).toBe(Math.ceil(base.length / CHUNK));
    expect(t.text).toBe(base);
  });

  it('gives the text an edit makes, wherever the edit falls (random edits)', () => {
    const edit = fc.record({
      at: fc.nat({ max: base.length + 10 }),
      removed: fc.oneof(fc.nat({ max: 10 }), fc.nat({ max: 3 * CHUNK })),
      insert: fc.oneof(fc.string({ maxLength: 5 }), fc.constant('x'.repeat(2 * CHUNK + 7))),
    });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (raw) => {
        const t = new ChunkedText(base);
        let expected = base;
        for (const r of raw) {
          const from = Math.min(r.at, expected.length);
          const e = { from, to: Math.min(expected.length, from + r.removed), insert: r.insert };
          expected = applyEdit(expected, e);
          expect(t.apply(e)).toBe(expected);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('starts from nothing and edits down to nothing', () => {
    const t = new ChunkedText('');
    expect(t.apply({ from: 0, to: 0, insert: 'kind: Pod\n' })).toBe('kind: Pod\n');
    expect(t.apply({ from: 0, to: 10, insert: '' })).toBe('');
    expect(t.size).toBe(0);
    expect(t.apply({ from: 0, to: 0, insert: 'a' })).toBe('a');
  });

  it('keeps chunks bounded when a big paste lands in one', () => {
    const t = new ChunkedText(base);
    t.apply({ from: 10, to: 10, insert: 'y'.repeat(10 * CHUNK) });
    expect(t.size).toBeGreaterThanOrEqual(Math.ceil((base.length + 10 * CHUNK) / CHUNK));
  });
});
