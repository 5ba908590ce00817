// Arithmetic on earliest/latest times where the latest may be unbounded (null).
import type { TimeRange } from './types';

export const AT_ONCE: TimeRange = { earliestSeconds: 0, latestSeconds: 0 };

/** `a + b` where either may be unbounded. */
export function plus(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : a + b;
}

/** The later of two moments; unbounded wins. */
export function later(a: number | null, b: number | null): number | null {
  return a === null || b === null ? null : Math.max(a, b);
}

/** A range shifted by a duration that is `earliest` at best and `latest` at worst. */
export function after(range: TimeRange, earliest: number, latest: number | null): TimeRange {
  return {
    earliestSeconds: range.earliestSeconds + earliest,
    latestSeconds: plus(range.latestSeconds, latest),
  };
}

/** The moment by which every range has passed. */
export function allOf(ranges: readonly TimeRange[]): TimeRange {
  let earliest = 0;
  let latest: number | null = 0;
  for (const r of ranges) {
    earliest = Math.max(earliest, r.earliestSeconds);
    latest = later(latest, r.latestSeconds);
  }
  return { earliestSeconds: earliest, latestSeconds: latest };
}
