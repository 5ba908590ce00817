import { describe, expect, it } from 'vitest';
import { lineColumn, lineStarts, spanOf } from './lines';

describe('lines', () => {
  it('maps offsets to 1-based lines and columns', () => {
    const starts = lineStarts('ab\ncde\n\nf');
    expect(starts).toEqual([0, 3, 7, 8]);
    expect(lineColumn(starts, 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn(starts, 4)).toEqual({ line: 2, column: 2 });
    expect(lineColumn(starts, 8)).toEqual({ line: 4, column: 1 });
  });

  it('keeps columns right in CRLF text', () => {
    const text = 'a: 1\r\nbb: 2\r\n';
    const starts = lineStarts(text);
    expect(lineColumn(starts, text.indexOf('2'))).toEqual({ line: 2, column: 5 });
  });

  it('clamps spans to the text', () => {
    const starts = lineStarts('abc');
    expect(spanOf(starts, 3, 1, 99)).toMatchObject({
      line: 1,
      column: 2,
      endColumn: 4,
      endOffset: 3,
    });
  });
});
