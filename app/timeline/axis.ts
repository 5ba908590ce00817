// The timeline's horizontal axis. A scenario is a sequence of moments, many of them at the same
// second (the kubelet starts app containers one after another without waiting) and some minutes
// apart (a back-off, a worst-case startup probe). A linear axis would draw the first as one line
// and squeeze everything else against it; so every moment gets its own place, in order, and the
// gap between two moments grows with the logarithm of the time between them.

/** Width of the gap between two moments at the same second, in axis units. */
const SAME_SECOND = 1;
/** Width of the gap between two moments one or more seconds apart: BASE + log2(1 + seconds). */
const BASE = 1.5;
/** Room after the last moment, where the last states and unbounded ranges run on. */
const TAIL = 3;

interface Knot {
  seconds: number;
  /** Index of the scenario step, or -1 for a time only a range names. */
  step: number;
  x: number;
}

export interface Axis {
  /** Where step `i` sits, from 0 (left) to 1 (right). */
  stepX: (i: number) => number;
  /**
   * Where a time sits (the last moment at that second when several share it); `null` — a
   * worst case nothing bounds — is the right end.
   */
  x: (seconds: number | null) => number;
  /** The labelled seconds under the axis: one per distinct second, left to right. */
  ticks: { x: number; seconds: number }[];
}

/**
 * An axis for moments at `stepSeconds` (in order, never decreasing) and for the ends of ranges
 * at `otherSeconds` (any order; times beyond the last step extend the axis).
 */
export function buildAxis(stepSeconds: readonly number[], otherSeconds: readonly number[]): Axis {
  const knots: Knot[] = stepSeconds.map((seconds, step) => ({ seconds, step, x: 0 }));
  const known = new Set(stepSeconds);
  const extra = [...new Set(otherSeconds.filter((s) => Number.isFinite(s) && !known.has(s)))];
  for (const seconds of extra.sort((a, b) => a - b)) {
    // After every step at an earlier second, before every step at a later one.
    let at = knots.findIndex((k) => k.seconds > seconds);
    if (at === -1) at = knots.length;
    knots.splice(at, 0, { seconds, step: -1, x: 0 });
  }
  let x = 0;
  knots.forEach((k, i) => {
    if (i > 0) {
      const gap = k.seconds - knots[i - 1].seconds;
      x += gap > 0 ? BASE + Math.log2(1 + gap) : SAME_SECOND;
    }
    k.x = x;
  });
  const width = x + TAIL;
  const stepXs = new Map<number, number>();
  const lastAt = new Map<number, number>();
  for (const k of knots) {
    k.x /= width;
    if (k.step !== -1) stepXs.set(k.step, k.x);
    lastAt.set(k.seconds, k.x);
  }
  const ticks = [...lastAt].map(([seconds]) => ({
    seconds,
    x: knots.find((k) => k.seconds === seconds)?.x ?? 0,
  }));
  return {
    stepX: (i) => stepXs.get(i) ?? (i < 0 ? 0 : 1),
    x: (seconds) => {
      if (seconds === null) return 1;
      const exact = lastAt.get(seconds);
      if (exact !== undefined) return exact;
      return between(knots, seconds);
    },
    ticks,
  };
}

// A time no knot names: in proportion between the knots around it.
function between(knots: readonly Knot[], seconds: number): number {
  const after = knots.findIndex((k) => k.seconds > seconds);
  if (after === 0) return knots[0].x;
  if (after === -1) return knots.length > 0 ? knots[knots.length - 1].x : 0;
  const a = knots[after - 1];
  const b = knots[after];
  return a.x + ((b.x - a.x) * (seconds - a.seconds)) / (b.seconds - a.seconds);
}

/** The ticks left when each must be `room` (a share of the axis) from the one before it. */
export function spacedTicks<T extends { x: number }>(ticks: readonly T[], room: number): T[] {
  const out: T[] = [];
  for (const t of ticks) {
    const before = out[out.length - 1];
    if (!before || t.x - before.x >= room) out.push(t);
  }
  return out;
}
