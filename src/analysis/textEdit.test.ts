import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyEdit, composeEdits, minimalEdit, type TextEdit } from './textEdit';

function apply(prev: string, e: TextEdit | null): string {
  return e ? prev.slice(0, e.from) + e.insert + prev.slice(e.to) : prev;
}

describe('minimalEdit', () => {
  it('is null for equal texts', () => {
    expect(minimalEdit('kind: Pod', 'kind: Pod')).toBeNull();
  });

  it('replaces only the part that differs', () => {
    const prev = 'ports:\n- containerPort: 9090\n';
    const next = 'ports:\n- containerPort: 8080\n';
    // "ports:\n- containerPort: " is 24 characters and "0\n" closes both texts: of "9090" vs
    // "8080" only the middle "909" (offsets 24..27) has to become "808".
    expect(minimalEdit(prev, next)).toEqual({ from: 24, to: 27, insert: '808' });
  });

  it('handles pure insertions and deletions at both ends', () => {
    expect(minimalEdit('b: 2', 'a: 1\nb: 2')).toEqual({ from: 0, to: 0, insert: 'a: 1\n' });
    expect(minimalEdit('a: 1\nb: 2', 'a: 1')).toEqual({ from: 4, to: 9, insert: '' });
    expect(minimalEdit('', 'x')).toEqual({ from: 0, to: 0, insert: 'x' });
  });

  it('shares no more than the shorter text when one repeats the other', () => {
    const e = minimalEdit('aa', 'aaa');
    expect(e).toEqual({ from: 2, to: 2, insert: 'a' });
    expect(apply('aa', e)).toBe('aaa');
  });

  it('never cuts a CRLF in two', () => {
    // Inserting a line after "a": the common prefix "a\r" would end inside the break.
    const prev = 'a\r\nb';
    const next = 'a\r\nx\r\nb';
    const e = minimalEdit(prev, next);
    expect(e).not.toBeNull();
    const { from, to } = e as TextEdit;
    for (const cut of [from, to]) expect(prev.slice(cut - 1, cut + 1)).not.toBe('\r\n');
    expect(apply(prev, e)).toBe(next);
  });

  it('never starts the common suffix on the LF of a CRLF', () => {
    const prev = 'a\r\n';
    const next = 'a\r\r\n';
    const e = minimalEdit(prev, next) as TextEdit;
    expect(prev.slice(e.to - 1, e.to + 1)).not.toBe('\r\n');
    expect(prev.slice(e.from - 1, e.from + 1)).not.toBe('\r\n');
    expect(apply(prev, e)).toBe(next);
  });

  it('always reproduces the new text', () => {
    const samples = ['', 'a', 'a\r\n', '\r\n\r\n', 'key: v\r\nkey: w\r\n', 'x\ny\n', 'x\ry', 'aaa'];
    for (const prev of samples) {
      for (const next of samples) expect(apply(prev, minimalEdit(prev, next))).toBe(next);
    }
  });

  it('finds the same edit across block boundaries as a character-by-character scan', () => {
    // Texts longer than a few comparison blocks, edited anywhere: near the start, at block
    // edges, in the middle, at the end.
    const line = (i: number) => `  description: service number ${i} of the shop\n`;
    const base = Array.from({ length: 600 }, (_, i) => line(i)).join('');
    fc.assert(
      fc.property(
        fc.nat(base.length),
        fc.nat(40),
        fc.string({ maxLength: 30 }),
        (at, removed, insert) => {
          const prev = base;
          const next = base.slice(0, at) + insert + base.slice(Math.min(base.length, at + removed));
          const edit = minimalEdit(prev, next);
          expect(edit).toEqual(scanned(prev, next));
          expect(apply(prev, edit)).toBe(next);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('applies an edit', () => {
    expect(applyEdit('image: nginx:1.25', { from: 13, to: 17, insert: '1.27' })).toBe(
      'image: nginx:1.27',
    );
  });
});

describe('composeEdits', () => {
  it('is null for no edits', () => {
    expect(composeEdits('kind: Pod', [])).toBeNull();
  });

  it('covers keystrokes typed one after another with one replacement', () => {
    const base = 'image: nginx\n';
    const edits = [
      { from: 12, to: 12, insert: ':' },
      { from: 13, to: 13, insert: '1' },
      { from: 14, to: 14, insert: '.27' },
    ];
    expect(composeEdits(base, edits)).toEqual({
      edit: { from: 12, to: 12, insert: ':1.27' },
      text: 'image: nginx:1.27\n',
    });
  });

  it('reaches the text the edits make, one by one, from any base (random edits)', () => {
    const edit = fc.record({
      at: fc.nat({ max: 60 }),
      removed: fc.nat({ max: 8 }),
      insert: fc.string({ maxLength: 6 }),
    });
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(edit, { maxLength: 6 }), (base, raw) => {
        let text = base;
        const edits: TextEdit[] = [];
        for (const r of raw) {
          const from = Math.min(r.at, text.length);
          const e = { from, to: Math.min(text.length, from + r.removed), insert: r.insert };
          edits.push(e);
          text = applyEdit(text, e);
        }
        const composed = composeEdits(base, edits);
        if (edits.length === 0) expect(composed).toBeNull();
        else {
          expect(composed?.text).toBe(text);
          expect(applyEdit(base, composed!.edit)).toBe(text);
        }
      }),
      { numRuns: 500 },
    );
  });
});

// The plain definition: shared characters counted one at a time (no CRLF in these texts).
function scanned(prev: string, next: string): TextEdit | null {
  if (prev === next) return null;
  const max = Math.min(prev.length, next.length);
  let start = 0;
  while (start < max && prev[start] === next[start]) start++;
  let end = 0;
  while (end < max - start && prev[prev.length - 1 - end] === next[next.length - 1 - end]) end++;
  return { from: start, to: prev.length - end, insert: next.slice(start, next.length - end) };
}
