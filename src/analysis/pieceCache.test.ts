import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, piecesOf } from './analyze';
import { PieceStore } from './pieceStore';
import { PieceCache } from './pieceCache';
import { applyEdit, type TextEdit } from './textEdit';

const pod = (name: string) =>
  `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}}\nspec:\n  containers: [{name: app, image: nginx:1.27}]\n`;

// Texts made of what decides where documents start: markers with what may follow them, comments
// before the first document, document ends, directives, CRLF, a byte-order mark.
const fragment = fc.constantFrom(
  pod('a'),
  pod('b'),
  '---\n',
  '--- \n',
  '---\r\n',
  '----\n',
  ' ---\n',
  '---',
  '# comment\n',
  '...\n',
  '%YAML 1.2\n',
  '\n',
  'key: value\n',
  '\uFEFF',
  '"open\n',
);
const text = fc.array(fragment, { maxLength: 12 }).map((parts) => parts.join(''));
const insert = fc
  .array(fc.constantFrom('-', '\n', '\r', '%', '#', ' ', 'x', ':', '---\n', pod('c')), {
    maxLength: 4,
  })
  .map((parts) => parts.join(''));

function editOf(prev: string, at: number, removed: number, inserted: string): TextEdit {
  const from = Math.min(at, prev.length);
  return { from, to: Math.min(prev.length, from + removed), insert: inserted };
}

const cutOf = (t: string) => piecesOf(t).map((p) => [p.offset, p.line]);

describe('PieceCache.edit', () => {
  it('cuts the edited text exactly as a fresh cut would, for any edit anywhere', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.tuple(fc.nat(400), fc.nat(12), insert), { minLength: 1, maxLength: 5 }),
        (start, edits) => {
          const cache = new PieceCache();
          cache.update(start);
          let current = start;
          for (const [at, removed, inserted] of edits) {
            const edit = editOf(current, at, removed, inserted);
            current = applyEdit(current, edit);
            const update = cache.edit(edit);
            expect(cache.current).toBe(current);
            expect(update.places.map((p) => [p.offset, p.line])).toEqual(cutOf(current));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('gives the result a fresh analysis gives, analysing only what changed', () => {
    const cache = new PieceCache();
    const store = new PieceStore();
    const docs = ['a', 'b', 'c', 'd', 'e'].map(pod);
    let current = docs.join('---\n');
    store.add(cache.update(current).added);
    const at = current.indexOf('name: c') + 'name: c'.length;
    for (const ch of 'hange') {
      const edit = { from: at, to: at, insert: ch };
      const update = cache.edit(edit);
      current = applyEdit(current, edit);
      expect(update.added).toHaveLength(1);
      store.add(update.added);
      expect(store.assemble(current, update.places)).toEqual(analyze(current));
    }
    // Joining two documents: both pieces cut again, one analysed.
    const marker = current.indexOf('---\n', at);
    const update = cache.edit({ from: marker, to: marker + 4, insert: '' });
    current = current.slice(0, marker) + current.slice(marker + 4);
    expect(update.places).toHaveLength(4);
    store.add(update.added);
    expect(store.assemble(current, update.places)).toEqual(analyze(current));
  });

  it('keeps the text it was given when an edit arrives before any text', () => {
    const cache = new PieceCache();
    const update = cache.edit({ from: 0, to: 0, insert: pod('a') });
    expect(cache.current).toBe(pod('a'));
    expect(update.added).toHaveLength(1);
  });
});
