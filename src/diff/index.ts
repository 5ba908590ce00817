// The diff stage: two versions of an input → what changed in their pods, for the CLI's
// `podscope diff` and the page's compare mode. Pure: no DOM, no I/O, no timers. This entry reads
// analysis results only; `compare.ts` (`compareTexts`) analyses two texts first, and pulls in
// the parser and the rules with it.
import type { Change, FindingChange, ResultDiff, WorkloadDiff } from './types';

export { diffResults, type Comparison } from './diff';
export { namedPath } from './namedPath';
export { START_ORDER } from './startOrder';
export { diffTexts, type DiffTexts } from './texts';
export type * from './types';

/** The diff of the workload at index `b` of B (or `a` of A, for a removed one). */
export function workloadDiffOf(
  diff: ResultDiff,
  at: { a: number } | { b: number },
): WorkloadDiff | undefined {
  return 'b' in at
    ? diff.workloads.find((w) => w.b === at.b)
    : diff.workloads.find((w) => w.a === at.a && w.b === undefined);
}

/** How each node of a workload changed, by node id (`data-change` on the graph); unchanged nodes are absent. */
export function nodeChanges(w: WorkloadDiff): Map<string, Exclude<Change, 'unchanged'>> {
  return new Map(w.elements.map((e) => [e.id, e.change]));
}

/** For every finding of B, whether it is new or unchanged (index-aligned with B's findings). */
export function findingChangesOfB(diff: ResultDiff, count: number): FindingChange[] {
  const out = new Array<FindingChange>(count).fill('unchanged');
  for (const j of diff.findings.new) out[j] = 'new';
  return out;
}
