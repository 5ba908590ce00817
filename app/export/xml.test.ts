import { describe, expect, it } from 'vitest';
import { attrs, escapeAttr, escapeText, num, roundPathData } from './xml';

describe('escaping', () => {
  it('escapes markup in text', () => {
    expect(escapeText('a<b>&c "d" \'e\'')).toBe('a&lt;b&gt;&amp;c "d" \'e\'');
    // An entity in a name is the name's text, not an entity.
    expect(escapeText('&amp;')).toBe('&amp;amp;');
  });

  it('escapes quotes and line breaks in attributes', () => {
    expect(escapeAttr('say "hi" & <go>\n')).toBe('say &quot;hi&quot; &amp; &lt;go&gt;&#10;');
  });

  it('drops characters XML does not allow, keeps the rest', () => {
    expect(escapeText('a\u0000b\u0008c\u001Fd\uFFFEe')).toBe('abcde');
    expect(escapeText('tab\there')).toBe('tab\there');
    // A lone surrogate is dropped; a pair (an emoji) stays.
    expect(escapeText('x\uD800y😀')).toBe('xy😀');
  });

  it('writes attributes in order and leaves out null ones', () => {
    expect(attrs({ a: '1', b: null, c: 'x"y', d: undefined })).toBe(' a="1" c="x&quot;y"');
  });
});

describe('num', () => {
  it('rounds to two decimals without trailing zeros or negative zero', () => {
    expect(num(136.99999447579242)).toBe('137');
    expect(num(12.345)).toBe('12.35');
    expect(num(0.1 + 0.2)).toBe('0.3');
    expect(num(-0.001)).toBe('0');
    expect(num(Number.NaN)).toBe('0');
  });
});

describe('roundPathData', () => {
  it('rounds React Flow’s long decimals', () => {
    expect(
      roundPathData(
        'M136.99999447579242,429.50002934182453 C136.99999447579242,479.99999947063026',
      ),
    ).toBe('M137,429.5 C137,480');
  });

  it('keeps short numbers and arc flags as they are', () => {
    expect(roundPathData('M2.5 4.5h11v7h-11z')).toBe('M2.5 4.5h11v7h-11z');
    expect(roundPathData('a2 2 0 014 0')).toBe('a2 2 0 014 0');
  });

  it('keeps numbers apart that a point or a sign separated', () => {
    expect(roundPathData('M1.9999.5')).toBe('M2 .5');
    expect(roundPathData('M10-0.0001')).toBe('M10 0');
    expect(roundPathData('L3.14159-2.71828')).toBe('L3.14-2.72');
  });
});
