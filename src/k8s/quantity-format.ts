// Readable, exact text for a quantity: "500m" or "1.5" of CPU, "1536Mi" or "1G" of memory.
import type { Quantity } from './quantity-type';

const BINARY_SUFFIXES = ['Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei'];
const DECIMAL_SUFFIXES = ['k', 'M', 'G', 'T', 'P', 'E'];
const SMALL_SUFFIXES: readonly [string, bigint][] = [
  ['m', 1_000n],
  ['u', 1_000_000n],
  ['n', 1_000_000_000n],
];

/** Resources counted in bytes, shown with binary or decimal byte suffixes. */
export function isByteResource(resource: string): boolean {
  return (
    resource === 'memory' ||
    resource === 'storage' ||
    resource === 'ephemeral-storage' ||
    resource.startsWith('hugepages-')
  );
}

// The largest suffix that keeps the mantissa whole: 1572864 bytes is "1536Ki", as 1.5Mi is not whole.
function withLargestSuffix(n: bigint, step: bigint, suffixes: readonly string[]): string {
  let value = n;
  let used = '';
  for (const suffix of suffixes) {
    if (value % step !== 0n) break;
    value /= step;
    used = suffix;
  }
  return `${value}${used}`;
}

function bytesText(n: bigint): string {
  const binary = withLargestSuffix(n, 1024n, BINARY_SUFFIXES);
  const decimal = withLargestSuffix(n, 1000n, DECIMAL_SUFFIXES);
  // The shorter text reads better; on a tie the binary form, the usual one for memory.
  return decimal.length < binary.length ? decimal : binary;
}

// Exact decimal text when the denominator divides a power of ten (always so for parsed
// quantities, which keep at most nine fraction digits); otherwise rounded up to nine places.
function decimalText(q: Quantity): string {
  let places = 0;
  let scale = 1n;
  while (places < 9 && (scale * q.num) % q.den !== 0n) {
    places++;
    scale *= 10n;
  }
  const scaled = (scale * q.num + q.den - 1n) / q.den;
  if (places === 0) return `${scaled}`;
  const digits = scaled.toString().padStart(places + 1, '0');
  const whole = digits.slice(0, -places);
  const fraction = digits.slice(-places).replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : whole;
}

// Fractions below one (and fractional bytes) read best in milli/micro/nano units.
function smallUnitText(q: Quantity): string | undefined {
  for (const [suffix, factor] of SMALL_SUFFIXES) {
    if ((q.num * factor) % q.den === 0n) return `${(q.num * factor) / q.den}${suffix}`;
  }
  return undefined;
}

/** Readable exact text of q for a resource: cpu "500m"/"2"/"1.5"; memory "1536Mi"/"1Gi"/"1G"/bytes. */
export function formatQuantity(q: Quantity, resource: string): string {
  if (q.num < 0n) return `-${formatQuantity({ num: -q.num, den: q.den }, resource)}`;
  if (q.num === 0n) return '0';
  if (q.den === 1n) return isByteResource(resource) ? bytesText(q.num) : `${q.num}`;
  if (isByteResource(resource) || q.num < q.den) return smallUnitText(q) ?? decimalText(q);
  return decimalText(q);
}
