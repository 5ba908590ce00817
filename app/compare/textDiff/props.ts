// What the text diff is given, in a module of its own so the first load can name the shape
// without fetching the chunk that draws it.
import type { AnalysisResult } from '../../../src/analysis/result';
import type { ElementRange } from '../../../src/graph/elements';
import type { Selection } from '../../state/types';

export interface TextDiffProps {
  /** Version A's text and its analysis. */
  a: string;
  resultA: AnalysisResult;
  /** The drawn workload's index in A (undefined when A does not have it). */
  workloadA: number | undefined;
  /** The editor's text. */
  b: string;
  /** Where each element of the drawn workload is in B (empty while B's graph is stale). */
  rangesB: readonly ElementRange[];
  selection: Selection | null;
}
