// Exact Kubernetes resource quantities, following k8s.io/apimachinery/pkg/api/resource.
// Values are reduced BigInt rationals: never floating point, so `0.1 + 0.2` of a CPU is exact.
// Pure: no I/O, no DOM.
import type { Quantity } from './quantity-type';

export type { Quantity } from './quantity-type';

export type QuantityParse = { ok: true; value: Quantity } | { ok: false; message: string };

/** ErrFormatWrong of quantity.go, word for word. */
export const QUANTITY_FORMAT_ERROR =
  "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'";
/** ErrSuffix of quantity.go, word for word. */
export const QUANTITY_SUFFIX_ERROR = "unable to parse quantity's suffix";

export const ZERO: Quantity = { num: 0n, den: 1n };

const NANO = 1_000_000_000n;
// quantity.go: "no quantity may represent a number greater than 2^63-1 in magnitude … Numbers
// larger … will be capped". Kept in nano units, the finest precision Kubernetes keeps.
const MAX_NANO = (2n ** 63n - 1n) * NANO;
// Fraction digits kept before rounding; 80 ≥ the largest binary exponent (60), which makes the
// truncated ceiling exact (see roundUpNano).
const KEPT_FRACTION_DIGITS = 80;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** A reduced rational num/den (den must be non-zero; the sign moves to num). */
export function makeQuantity(num: bigint, den: bigint = 1n): Quantity {
  if (den === 0n) throw new RangeError('quantity denominator must not be zero');
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}

/** -1, 0 or 1 as a is less than, equal to or greater than b. */
export function compareQuantities(a: Quantity, b: Quantity): -1 | 0 | 1 {
  const l = a.num * b.den;
  const r = b.num * a.den;
  return l < r ? -1 : l > r ? 1 : 0;
}

/** The exact sum a + b. */
export function addQuantities(a: Quantity, b: Quantity): Quantity {
  return makeQuantity(a.num * b.den + b.num * a.den, a.den * b.den);
}

/** The larger of a and b. */
export function maxQuantity(a: Quantity, b: Quantity): Quantity {
  return compareQuantities(a, b) >= 0 ? a : b;
}

/** True when q is a whole number (memory in milli units, "500m", is not). */
export function isInteger(q: Quantity): boolean {
  return q.den === 1n;
}

/** True when q > 0. */
export function isPositive(q: Quantity): boolean {
  return q.num > 0n;
}

/** Approximate value, for drawing bars only. */
export function quantityToNumber(q: Quantity): number {
  return Number(q.num) / Number(q.den);
}

interface Scanned {
  positive: boolean;
  /** Integer digits without leading zeros ('0' when none). */
  num: string;
  /** Fraction digits as written. */
  denom: string;
  suffix: string;
}

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const SUFFIX_CHARS = 'eEinumkKMGTP';

// A port of parseQuantityString: the same permissive scan (it accepts "1.", ".5", "+", ".")
// so that the same strings are accepted and rejected as by the API server.
function scan(str: string): Scanned | undefined {
  const end = str.length;
  let pos = 0;
  let positive = true;
  if (str[0] === '-' || str[0] === '+') {
    positive = str[0] === '+';
    pos++;
  }
  while (str[pos] === '0') pos++;
  if (pos >= end) return { positive, num: '0', denom: '', suffix: '' };
  let start = pos;
  while (isDigit(str[pos])) pos++;
  const num = str.slice(start, pos) || '0';
  let denom = '';
  if (str[pos] === '.') {
    start = ++pos;
    while (isDigit(str[pos])) pos++;
    denom = str.slice(start, pos);
  }
  const suffixStart = pos;
  while (pos < end && SUFFIX_CHARS.includes(str[pos])) pos++;
  if (str[pos] === '-' || str[pos] === '+') pos++;
  while (isDigit(str[pos])) pos++;
  if (pos < end) return undefined;
  return { positive, num, denom, suffix: str.slice(suffixStart) };
}

type Suffix = { base: 10 | 2; exponent: number };

const FIXED_SUFFIXES: Record<string, Suffix> = {
  '': { base: 10, exponent: 0 },
  n: { base: 10, exponent: -9 },
  u: { base: 10, exponent: -6 },
  m: { base: 10, exponent: -3 },
  k: { base: 10, exponent: 3 },
  M: { base: 10, exponent: 6 },
  G: { base: 10, exponent: 9 },
  T: { base: 10, exponent: 12 },
  P: { base: 10, exponent: 15 },
  E: { base: 10, exponent: 18 },
  Ki: { base: 2, exponent: 10 },
  Mi: { base: 2, exponent: 20 },
  Gi: { base: 2, exponent: 30 },
  Ti: { base: 2, exponent: 40 },
  Pi: { base: 2, exponent: 50 },
  Ei: { base: 2, exponent: 60 },
};

// suffix.go: "e"/"E" followed by what strconv.ParseInt(s, 10, 64) accepts, then truncated to
// int32 as Kubernetes does (so "1e4294967296" is 1, exactly like the API server).
function interpretSuffix(s: string): Suffix | undefined {
  if (Object.hasOwn(FIXED_SUFFIXES, s)) return FIXED_SUFFIXES[s];
  if (s.length < 2 || (s[0] !== 'e' && s[0] !== 'E')) return undefined;
  const rest = s.slice(1);
  if (!/^[+-]?\d+$/.test(rest)) return undefined;
  const digits = rest.replace(/^[+-]?0*/, '') || '0';
  if (digits.length > 19) return undefined;
  const value = BigInt((rest[0] === '-' ? '-' : '') + digits);
  if (value > 2n ** 63n - 1n || value < -(2n ** 63n)) return undefined;
  return { base: 10, exponent: Number(BigInt.asIntN(32, value)) };
}

function stripZeros(digits: string): { digits: string; trailing: number } {
  let a = 0;
  while (digits[a] === '0') a++;
  let b = digits.length;
  while (b > a && digits[b - 1] === '0') b--;
  return { digits: digits.slice(a, b), trailing: digits.length - b };
}

// ceil(digits × 2^b × 10^t) without building huge numbers: values past the cap are capped and
// values below one nano round up to one nano, both as quantity.go does.
function roundUpNano(digits: string, b: number, t: number): bigint {
  const len = digits.length;
  if (len - 1 + t >= 28) return MAX_NANO; // ≥ 1e28 nano > (2^63-1) × 1e9
  const pow2 = 2n ** BigInt(b);
  if (t >= 0) return BigInt(digits) * pow2 * 10n ** BigInt(t);
  if (len + t <= -20) return 1n; // below 10^-1 nano even with the 2^60 factor
  let places = -t;
  let kept = digits;
  let sticky = false;
  if (places > KEPT_FRACTION_DIGITS) {
    // The dropped tail ends in a non-zero digit (trailing zeros were stripped), so it only
    // matters for rounding up; keeping 80 ≥ b fraction digits makes the ceiling exact.
    kept = digits.slice(0, len - (places - KEPT_FRACTION_DIGITS));
    places = KEPT_FRACTION_DIGITS;
    sticky = true;
  }
  const x = BigInt(kept) * pow2;
  const scale = 10n ** BigInt(places);
  return x / scale + (x % scale !== 0n || sticky ? 1n : 0n);
}

/** Parses a Kubernetes quantity (string or YAML number) exactly as the API server reads it. */
export function parseQuantity(input: unknown): QuantityParse {
  // A JSON null decodes to the zero quantity (Quantity.UnmarshalJSON).
  if (input === null) return { ok: true, value: ZERO };
  let text: string;
  if (typeof input === 'string') text = input;
  else if (typeof input === 'bigint') text = String(input);
  else if (typeof input === 'number' && Number.isFinite(input)) text = String(input);
  else return { ok: false, message: QUANTITY_FORMAT_ERROR };
  // Manifests repeat the same few quantities ("100m", "1Gi") thousands of times: parse each once.
  const cached = parsed.get(text);
  if (cached) return cached;
  const result = parseQuantityText(text);
  if (parsed.size >= PARSED_CACHE_SIZE) parsed.clear();
  parsed.set(text, result);
  return result;
}

// Results are immutable (Quantity fields are readonly), so one object can serve every caller.
const PARSED_CACHE_SIZE = 4096;
const parsed = new Map<string, QuantityParse>();

function parseQuantityText(raw: string): QuantityParse {
  // UnmarshalJSON trims surrounding white space before parsing.
  const text = raw.trim();
  if (text === '') return { ok: false, message: QUANTITY_FORMAT_ERROR };
  const scanned = scan(text);
  if (!scanned) return { ok: false, message: QUANTITY_FORMAT_ERROR };
  const suffix = interpretSuffix(scanned.suffix);
  if (!suffix) return { ok: false, message: QUANTITY_SUFFIX_ERROR };
  const intPart = scanned.num === '0' ? '' : scanned.num;
  const { digits, trailing } = stripZeros(intPart + scanned.denom);
  if (digits === '') return { ok: true, value: ZERO };
  const e10 = trailing - scanned.denom.length + (suffix.base === 10 ? suffix.exponent : 0);
  const b = suffix.base === 2 ? suffix.exponent : 0;
  let nano = roundUpNano(digits, b, e10 + 9);
  if (nano > MAX_NANO) nano = MAX_NANO;
  return { ok: true, value: makeQuantity(scanned.positive ? nano : -nano, NANO) };
}

export { formatQuantity } from './quantity-format';
