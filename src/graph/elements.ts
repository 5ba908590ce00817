// Graph elements and their source ranges: lookups both ways, without reading any YAML.

export type ElementRef =
  { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'port'; key: string };

export interface ElementRange {
  element: ElementRef;
  offset: number;
  endOffset: number;
}

/** The innermost element whose range holds `offset` (the pod itself when nothing smaller does). */
export function elementAt(
  ranges: readonly ElementRange[],
  offset: number,
): ElementRange | undefined {
  let best: ElementRange | undefined;
  for (const r of ranges) {
    if (offset < r.offset || offset > r.endOffset) continue;
    if (!best || r.endOffset - r.offset < best.endOffset - best.offset) best = r;
  }
  return best;
}

/** The range of one element, if it has one. */
export function rangeOf(
  ranges: readonly ElementRange[],
  element: ElementRef,
): ElementRange | undefined {
  return ranges.find((r) => sameElement(r.element, element));
}

/** True when two references name the same element. */
export function sameElement(a: ElementRef, b: ElementRef): boolean {
  if (a.kind === 'port') return b.kind === 'port' && a.key === b.key;
  return b.kind !== 'port' && a.kind === b.kind && a.id === b.id;
}
