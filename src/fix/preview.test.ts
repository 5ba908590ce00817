import { describe, expect, it } from 'vitest';
import { previewLines } from './preview';

const text = 'a: 1\nb:\n  c: 2\n  d: 3\ne: 4\n';

describe('previewLines', () => {
  it('shows a changed line with a line of context on each side', () => {
    const from = text.indexOf('c: 2') + 3;
    expect(previewLines(text, [{ from, to: from + 1, insert: '9' }])).toEqual([
      [
        { kind: ' ', line: 2, text: 'b:' },
        { kind: '-', line: 3, text: '  c: 2' },
        { kind: '+', line: 3, text: '  c: 9' },
        { kind: ' ', line: 4, text: '  d: 3' },
      ],
    ]);
  });

  it('shows added lines only, numbered in the new text, after the edits before them', () => {
    const first = text.indexOf('1');
    const at = text.indexOf('  d: 3') + 6;
    const hunks = previewLines(text, [
      { from: first, to: first + 1, insert: '1\nz: 0' },
      { from: at, to: at, insert: '\n  f: 5' },
    ]);
    expect(hunks[1]).toEqual([
      { kind: ' ', line: 4, text: '  d: 3' },
      { kind: '+', line: 6, text: '  f: 5' },
      { kind: ' ', line: 5, text: 'e: 4' },
    ]);
    expect(hunks[0]).toEqual([
      { kind: ' ', line: 1, text: 'a: 1' },
      { kind: '+', line: 2, text: 'z: 0' },
      { kind: ' ', line: 2, text: 'b:' },
    ]);
  });
});
