import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeUtf8, utf8Length } from './utf8';

describe('utf8Length', () => {
  it('counts bytes, not characters', () => {
    expect(utf8Length('kind: Pod')).toBe(9);
    expect(utf8Length('容器')).toBe(6);
    expect(utf8Length('é')).toBe(2);
    expect(utf8Length('🚀')).toBe(4);
    expect(utf8Length('\uD800')).toBe(3); // a lone surrogate, as encodeUtf8 writes it
  });

  it('agrees with the encoder on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Length(s)).toBe(encodeUtf8(s).length);
      }),
      { numRuns: 500 },
    );
  });
});
