// Mutations of real manifests for property tests and the fuzz script: small edits of the kinds
// people make by accident (a stray character, a lost line, a wrong indent, a new document).
import fc from 'fast-check';

/** One edit: insert, delete or replace a slice, or shift a line's indentation. */
export const mutation = fc.oneof(
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
      '\n---\n',
      '\n--- ',
      '\n...\n',
      '\n# c\n',
      '\n',
      '#',
      '|',
      '>-',
      '0x1',
      '1e3',
      'null',
      '~',
      '\r\n',
      '\uFEFF',
    ),
  }),
  fc.record({
    op: fc.constant('indent' as const),
    at: fc.nat(),
    n: fc.integer({ min: -2, max: 4 }),
  }),
);

export type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

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
