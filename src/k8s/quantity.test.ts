import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addQuantities,
  compareQuantities,
  formatQuantity,
  isInteger,
  makeQuantity,
  maxQuantity,
  parseQuantity,
  QUANTITY_FORMAT_ERROR,
  QUANTITY_SUFFIX_ERROR,
  quantityToNumber,
  ZERO,
  type Quantity,
} from './quantity';

function q(input: unknown): Quantity {
  const r = parseQuantity(input);
  if (!r.ok) throw new Error(`expected ${String(input)} to parse: ${r.message}`);
  return r.value;
}

const GI = 1024n ** 3n;
const MAX_INT64 = 2n ** 63n - 1n;

describe('parseQuantity: values', () => {
  it.each<[unknown, bigint, bigint]>([
    ['0', 0n, 1n],
    ['1', 1n, 1n],
    ['500m', 1n, 2n],
    ['0.5', 1n, 2n],
    ['1.5', 3n, 2n],
    ['100m', 1n, 10n],
    ['250u', 1n, 4000n],
    ['3n', 3n, 1_000_000_000n],
    ['1k', 1000n, 1n],
    ['2M', 2_000_000n, 1n],
    ['1G', 1_000_000_000n, 1n],
    ['1T', 10n ** 12n, 1n],
    ['1P', 10n ** 15n, 1n],
    ['1E', 10n ** 18n, 1n],
    ['1Ki', 1024n, 1n],
    ['128Mi', 128n * 1024n * 1024n, 1n],
    ['1.5Gi', (3n * GI) / 2n, 1n],
    ['1Ti', 1024n ** 4n, 1n],
    ['1Pi', 1024n ** 5n, 1n],
    ['1Ei', 1024n ** 6n, 1n],
    ['0.5Ki', 512n, 1n],
    ['1e3', 1000n, 1n],
    ['1E3', 1000n, 1n],
    ['1e+3', 1000n, 1n],
    ['5e-3', 1n, 200n],
    ['12e6', 12_000_000n, 1n],
    ['-1', -1n, 1n],
    ['+2', 2n, 1n],
    ['-500m', -1n, 2n],
    ['007', 7n, 1n],
    ['1.', 1n, 1n],
    ['.5', 1n, 2n],
    ['1.G', 1_000_000_000n, 1n],
    ['0.000', 0n, 1n],
    ['-0', 0n, 1n],
    // Only a sign, or only a dot: parseQuantityString reads these as zero.
    ['+', 0n, 1n],
    ['.', 0n, 1n],
    // A bare suffix has an empty (zero) number in front of it.
    ['Gi', 0n, 1n],
  ])('%s = %s/%s', (input, num, den) => {
    expect(q(input)).toEqual({ num, den });
  });

  it('reads YAML numbers like their JSON text', () => {
    expect(q(0.5)).toEqual(q('500m'));
    expect(q(1)).toEqual({ num: 1n, den: 1n });
    expect(q(1e3)).toEqual({ num: 1000n, den: 1n });
    expect(q(2.25)).toEqual({ num: 9n, den: 4n });
    expect(q(5e18)).toEqual({ num: 5n * 10n ** 18n, den: 1n });
    // String(1e21) is "1e+21": still a valid quantity, beyond the cap.
    expect(q(1e21)).toEqual({ num: MAX_INT64, den: 1n });
    expect(q(1.5e-7)).toEqual({ num: 3n, den: 20_000_000n });
    expect(q(12n)).toEqual({ num: 12n, den: 1n });
  });

  it('trims surrounding white space as Quantity.UnmarshalJSON does', () => {
    expect(q(' 1Gi ')).toEqual({ num: GI, den: 1n });
  });

  it('reads null as zero, as the API server decodes it', () => {
    expect(q(null)).toEqual(ZERO);
  });

  it('rounds values finer than a nano up, away from zero', () => {
    expect(q('0.1n')).toEqual({ num: 1n, den: 1_000_000_000n });
    expect(q('1.0000000001')).toEqual({ num: 1_000_000_001n, den: 1_000_000_000n });
    expect(q('-0.1n')).toEqual({ num: -1n, den: 1_000_000_000n });
    // 0.1Ki = 102.4 exactly; 0.0000000001Ki = 1.024e-7 rounds up to 103n.
    expect(q('0.1Ki')).toEqual({ num: 512n, den: 5n });
    expect(q('0.0000000001Ki')).toEqual({ num: 103n, den: 1_000_000_000n });
  });

  it('caps magnitudes at 2^63-1 without building huge numbers', () => {
    const start = Date.now();
    expect(q('1e999999999')).toEqual({ num: MAX_INT64, den: 1n });
    expect(q('8Ei')).toEqual({ num: MAX_INT64, den: 1n });
    expect(q('-1e30')).toEqual({ num: -MAX_INT64, den: 1n });
    expect(q('1e-999999999')).toEqual({ num: 1n, den: 1_000_000_000n });
    expect(q('9'.repeat(100_000))).toEqual({ num: MAX_INT64, den: 1n });
    expect(q(`0.${'0'.repeat(200_000)}1`)).toEqual({ num: 1n, den: 1_000_000_000n });
    expect(Date.now() - start).toBeLessThan(2000);
  });

  it('keeps exactness for long fractions (ceil at the ninth decimal)', () => {
    // 1.2345678901 → 1.234567891 (round up at nano); the long tail only rounds up.
    expect(q(`1.2345678901${'0'.repeat(100)}7`)).toEqual(q('1.234567891'));
    expect(q(`1.${'0'.repeat(150)}1Ki`)).toEqual(q('1024.000000001'));
  });

  it('truncates the decimal exponent to int32 like suffix.go (1e4294967296 = 1)', () => {
    expect(q('1e4294967296')).toEqual({ num: 1n, den: 1n });
    expect(q('2e4294967299')).toEqual({ num: 2000n, den: 1n });
  });
});

describe('parseQuantity: invalid input', () => {
  it.each(['1KB', '1 Gi', '1.2.3', '0x10', '', '   ', 'abc', '1e3.5', '1e3e3', '1_000', '1,5'])(
    '%j does not match the quantity format',
    (input) => {
      expect(parseQuantity(input)).toEqual({ ok: false, message: QUANTITY_FORMAT_ERROR });
    },
  );

  it.each([
    '500mi',
    '1K',
    '--1',
    '1e',
    '1E+',
    '1ki',
    '1Mi3',
    '1Gi3',
    '1-3',
    '1e99999999999999999999',
  ])('%j has a suffix Kubernetes does not know', (input) => {
    expect(parseQuantity(input)).toEqual({ ok: false, message: QUANTITY_SUFFIX_ERROR });
  });

  it('rejects values that are not strings or numbers', () => {
    for (const v of [true, {}, [], Number.NaN, Number.POSITIVE_INFINITY, undefined]) {
      expect(parseQuantity(v)).toEqual({ ok: false, message: QUANTITY_FORMAT_ERROR });
    }
  });

  it('prints the API server text', () => {
    expect(QUANTITY_FORMAT_ERROR).toBe(
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'",
    );
  });
});

describe('arithmetic', () => {
  it('holds the documented equalities', () => {
    expect(compareQuantities(q('0.5'), q('500m'))).toBe(0);
    expect(compareQuantities(q('1.5Gi'), q('1536Mi'))).toBe(0);
    expect(compareQuantities(q('1e3'), q('1k'))).toBe(0);
    expect(compareQuantities(q('100M'), q('100Mi'))).toBe(-1);
    expect(compareQuantities(q('1Gi'), q('1000Mi'))).toBe(1);
    expect(compareQuantities(q('1G'), q('1Gi'))).toBe(-1);
    expect(compareQuantities(q('-1'), ZERO)).toBe(-1);
  });

  it('adds exactly where floating point would not', () => {
    expect(addQuantities(q('0.1'), q('0.2'))).toEqual(q('0.3'));
    expect(addQuantities(q('100m'), q('250m'))).toEqual(q('350m'));
    expect(addQuantities(q('1Gi'), q('512Mi'))).toEqual(q('1.5Gi'));
    expect(addQuantities(q('1'), q('-1'))).toEqual(ZERO);
  });

  it('takes the maximum', () => {
    expect(maxQuantity(q('1Gi'), q('1G'))).toEqual(q('1Gi'));
    expect(maxQuantity(q('200m'), q('0.25'))).toEqual(q('250m'));
  });

  it('knows whole numbers (half a byte of memory is not one)', () => {
    expect(isInteger(q('500m'))).toBe(false);
    expect(isInteger(q('1000m'))).toBe(true);
    expect(isInteger(q('1.5Ki'))).toBe(true);
    expect(isInteger(q('0.5'))).toBe(false);
  });

  it('reduces and normalises signs', () => {
    expect(makeQuantity(6n, -4n)).toEqual({ num: -3n, den: 2n });
    expect(() => makeQuantity(1n, 0n)).toThrow(RangeError);
  });

  it('approximates for drawing', () => {
    expect(quantityToNumber(q('1.5Gi'))).toBe(1610612736);
    expect(quantityToNumber(q('250m'))).toBe(0.25);
  });
});

describe('formatQuantity', () => {
  it.each([
    ['500m', 'cpu', '500m'],
    ['0.5', 'cpu', '500m'],
    ['2', 'cpu', '2'],
    ['2000m', 'cpu', '2'],
    ['1500m', 'cpu', '1.5'],
    ['1.25', 'cpu', '1.25'],
    ['250u', 'cpu', '250u'],
    ['1.0005', 'cpu', '1.0005'],
    ['-100m', 'cpu', '-100m'],
    ['0', 'cpu', '0'],
    ['1.5Gi', 'memory', '1536Mi'],
    ['1024Mi', 'memory', '1Gi'],
    ['1Gi', 'memory', '1Gi'],
    ['1000M', 'memory', '1G'],
    ['1500M', 'memory', '1500M'],
    ['100Mi', 'memory', '100Mi'],
    ['512', 'memory', '512'],
    ['1000', 'memory', '1k'],
    ['1024', 'memory', '1Ki'],
    ['123456789', 'memory', '123456789'],
    ['500m', 'memory', '500m'],
    ['1.5', 'memory', '1500m'],
    ['10Gi', 'ephemeral-storage', '10Gi'],
    ['2Mi', 'hugepages-2Mi', '2Mi'],
    ['1k', 'nvidia.com/gpu', '1000'],
  ])('%s of %s reads %s', (input, resource, text) => {
    expect(formatQuantity(q(input), resource)).toBe(text);
  });

  it('round-trips: the text parses back to the same value', () => {
    for (const s of [
      '1536Mi',
      '1.5',
      '250u',
      '3n',
      '1.000000001',
      '7E',
      '9Ei',
      '1e-3',
      '12345678901234m',
    ]) {
      for (const r of ['cpu', 'memory']) expect(q(formatQuantity(q(s), r))).toEqual(q(s));
    }
  });

  it('shows non-decimal fractions rounded up at nine places', () => {
    expect(formatQuantity(makeQuantity(1n, 3n), 'cpu')).toBe('0.333333334');
    expect(formatQuantity(makeQuantity(4n, 3n), 'cpu')).toBe('1.333333334');
  });
});

describe('properties', () => {
  const milli = fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n });

  it('n milli-units are n/1000 whichever way they are written', () => {
    fc.assert(
      fc.property(milli, (n) => {
        const exact = makeQuantity(n, 1000n);
        expect(q(`${n}m`)).toEqual(exact);
        expect(q(`${n}e-3`)).toEqual(exact);
        expect(q(`${n * 1000n}u`)).toEqual(exact);
      }),
    );
  });

  it('Ki, Mi and Gi are powers of 1024', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: 10n ** 6n }), (n) => {
        expect(q(`${n}Ki`)).toEqual(makeQuantity(n * 1024n));
        expect(q(`${n}Mi`)).toEqual(makeQuantity(n * 1024n ** 2n));
        expect(q(`${n}Gi`)).toEqual(makeQuantity(n * 1024n ** 3n));
      }),
    );
  });

  it('addition is exact, commutative and ordered', () => {
    fc.assert(
      fc.property(milli, milli, (a, b) => {
        const x = makeQuantity(a, 1000n);
        const y = makeQuantity(b, 1000n);
        expect(addQuantities(x, y)).toEqual(makeQuantity(a + b, 1000n));
        expect(addQuantities(x, y)).toEqual(addQuantities(y, x));
        expect(compareQuantities(x, y)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });

  it('formatted text parses back to the same value', () => {
    fc.assert(
      fc.property(milli, fc.constantFrom('cpu', 'memory', 'nvidia.com/gpu'), (n, resource) => {
        const x = makeQuantity(n, 1000n);
        expect(q(formatQuantity(x, resource))).toEqual(x);
      }),
    );
  });
});
