// Where the selected graph element's YAML is on each side of the text diff. B's ranges are the
// page's own (usePodView); A's come from A's graph of the same workload, located the same way.
// Graph ids name containers and volumes by name, so one id finds the element in both versions by
// meaning, wherever its text moved: a removed element (a ghost) has an A side only, an added one
// a B side only. Pure: no DOM, no React.
import { documentText, type AnalysisResult } from '../../../src/analysis/result';
import { buildGraph } from '../../../src/graph/build';
import { locateElements, rangeOf, type ElementRange } from '../../../src/graph/locate';
import type { Selection } from '../../state/types';

/** A range of one side's text, in its offsets. */
export interface SideRange {
  from: number;
  to: number;
}

/** The selected element's text in A and in B; a side is absent when the version lacks it. */
export interface SideTargets {
  a?: SideRange;
  b?: SideRange;
}

/** Where each element of workload `index` is in the result's text (none without a workload). */
export function elementRanges(result: AnalysisResult, index: number | undefined): ElementRange[] {
  const w = index === undefined ? undefined : result.workloads[index];
  if (index === undefined || !w) return [];
  const document = result.documents[w.ref.document];
  return locateElements(documentText(result, document), document, buildGraph(result, index));
}

/** The selected element's ranges on both sides; none for a finding or nothing selected. */
export function targetsOf(
  selection: Selection | null,
  rangesA: readonly ElementRange[],
  rangesB: readonly ElementRange[],
): SideTargets {
  if (!selection || selection.kind === 'finding') return {};
  const a = rangeOf(rangesA, selection);
  const b = rangeOf(rangesB, selection);
  return {
    a: a && { from: a.offset, to: a.endOffset },
    b: b && { from: b.offset, to: b.endOffset },
  };
}
