// Compare mode's port chips in the first load: once the compare chunk is here, how each chip of
// the drawn workload changed and the graph with A's dropped chips on the hub (see ports.ts).
import { useMemo } from 'react';
import type { Lang } from '../../src/i18n/lang';
import type { PodGraph } from '../../src/graph/types';
import type { Comparison } from './comparison';
import type * as Chunk from './compareChunk';

export function usePortChanges(
  m: typeof Chunk | undefined,
  comparison: Comparison | null,
  graph: PodGraph | undefined,
  lang: Lang,
) {
  const changes = useMemo(
    () => (m && comparison ? m.portChanges(comparison.workload, graph) : null),
    [m, comparison, graph],
  );
  const marks = useMemo(
    () => changes && m?.portMarksOf(changes, m.diffTexts(lang)),
    [m, changes, lang],
  );
  const drawn = useMemo(
    () => (changes && graph && m ? m.withPortGhosts(graph, changes.ghosts) : graph),
    [m, graph, changes],
  );
  return { marks: marks ?? null, graph: drawn };
}
