// Graph element ↔ source range, both ways: which YAML defines a node, an edge or a port chip,
// and which element the editor's cursor is in. Parses only the workload's own document.
import type { DocumentSummary } from '../analysis/result';
import { parseDocuments } from '../parse/manifest';
import { parsePath } from '../parse/path';
import { nodeRange } from '../parse/resolve';
import { chipKey } from './marks';
import type { ElementRange, ElementRef } from './elements';
import type { PodGraph } from './types';

export type { ElementRange, ElementRef } from './elements';
export { elementAt, rangeOf, sameElement } from './elements';

/**
 * The source range of every graph element that has a path, in the whole text's offsets, given
 * the text of the graph's document (see documentText) and the offset it starts at.
 */
export function locateElements(
  slice: string,
  document: Pick<DocumentSummary, 'offset'>,
  graph: PodGraph,
): ElementRange[] {
  const doc = parseDocuments(slice).next().value;
  if (!doc) return [];
  const out: ElementRange[] = [];
  const add = (element: ElementRef, path: string | undefined): void => {
    if (path === undefined) return;
    const r = nodeRange(doc.ast, parsePath(path));
    if (!r) return;
    let end = r.endOffset;
    while (end > r.offset && /\s/.test(slice[end - 1])) end--; // a block ends after its newline
    out.push({ element, offset: r.offset + document.offset, endOffset: end + document.offset });
  };
  const podPath = graph.nodes.find((n) => n.kind === 'pod')?.path;
  for (const n of graph.nodes) {
    // A hub no field declares (the pod's own network, IPC, UTS) has no YAML of its own: selecting
    // it should not select the whole pod spec.
    const own = n.kind === 'namespace' && n.path === podPath ? undefined : n.path;
    if (n.kind !== 'object') add({ kind: 'node', id: n.id }, own);
    if (n.kind === 'namespace') {
      for (const chip of n.ports ?? [])
        add({ kind: 'port', key: chipKey(chip.container, chip.port, chip.protocol) }, chip.path);
    }
  }
  for (const e of graph.edges) if (e.kind === 'mount') add({ kind: 'edge', id: e.id }, e.path);
  return out;
}
