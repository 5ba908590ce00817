// The quantity value on its own, so the parser (quantity.ts) and the writer (quantity-format.ts)
// both name it without importing each other.

/** A reduced BigInt rational: never floating point, so `0.1 + 0.2` of a CPU is exact. */
export interface Quantity {
  readonly num: bigint;
  readonly den: bigint;
}
