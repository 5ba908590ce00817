// Two texts → their analyses and what differs: the CLI's and the benchmark's road, where neither
// version has been analysed yet.
import { analyzeBoth } from './analyzeBoth';
import { diffResults, type Comparison } from './diff';

/** Analyses two texts (each document once when both have it) and compares them. */
export function compareTexts(a: string, b: string): Comparison {
  const both = analyzeBoth(a, b);
  return { ...both, diff: diffResults(both.a, both.b) };
}
