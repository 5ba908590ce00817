import { describe, expect, it } from 'vitest';
import { hangingIndent, MAX_HANGING_INDENT } from './hangingIndent';

describe('hangingIndent', () => {
  it('is the indentation of a plain line', () => {
    expect(hangingIndent('apiVersion: v1', 2)).toBe(0);
    expect(hangingIndent('    image: nginx', 2)).toBe(4);
  });

  it('reaches past a list dash, nested ones included', () => {
    expect(hangingIndent('  - name: app', 2)).toBe(4);
    expect(hangingIndent('- - a', 2)).toBe(4);
  });

  it('reaches past a comment mark and the space after it', () => {
    expect(hangingIndent('  # a long comment', 2)).toBe(4);
    expect(hangingIndent('## heading', 2)).toBe(3);
    expect(hangingIndent('#tight', 2)).toBe(1);
  });

  it('counts tabs to the next tab stop', () => {
    expect(hangingIndent('\tkey: v', 2)).toBe(2);
    expect(hangingIndent(' \tkey: v', 4)).toBe(4);
  });

  it('stops at a cap, so continuation rows keep room for text', () => {
    expect(hangingIndent(`${' '.repeat(80)}deep: value`, 2)).toBe(MAX_HANGING_INDENT);
    expect(hangingIndent(' '.repeat(1_000_000), 2)).toBe(MAX_HANGING_INDENT);
  });

  it('leaves a dash that is not a list item alone', () => {
    expect(hangingIndent('  -1', 2)).toBe(2);
    expect(hangingIndent('--- ', 2)).toBe(0);
  });
});
