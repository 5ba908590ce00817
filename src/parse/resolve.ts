// Field path → source range. Points at the most specific node that exists: the value, else its
// key, else the nearest existing parent (clipped to its first line so a squiggle stays short).
import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Pair } from 'yaml';
import type { FieldPath } from '../types';

export interface ResolvedRange {
  offset: number;
  endOffset: number;
  /** How much of the path exists in the source. */
  exact: boolean;
}

/** Resolves a path inside one document's AST to a source range. */
export function resolvePath(ast: Document.Parsed, path: FieldPath, text: string): ResolvedRange {
  let node: Node | null = ast.contents ?? null;
  let keyNode: Node | null = null;
  if (!node) return { offset: ast.range[0], endOffset: ast.range[1], exact: false };
  for (let i = 0; i < path.length; i++) {
    node = deref(ast, node);
    const seg = path[i];
    let next: Node | null = null;
    let nextKey: Node | null = null;
    if (typeof seg === 'number' && isSeq(node)) {
      next = (node.items[seg] as Node | undefined) ?? null;
    } else if (typeof seg !== 'number' && isMap(node)) {
      const name = typeof seg === 'string' ? seg : seg.key;
      const pair = findPair(node.items, name);
      if (pair) {
        nextKey = pair.key as Node;
        next = (pair.value as Node | null) ?? null;
        if (!next || !next.range)
          return rangeOfCollectionOrScalar(nextKey, text, path.length === i + 1);
      }
    }
    if (!next) return { ...rangeOf(keyNode ?? node, text, keyNode !== null), exact: false };
    node = next;
    keyNode = nextKey;
  }
  node = deref(ast, node);
  if (isScalar(node) && node.range)
    return { offset: node.range[0], endOffset: node.range[1], exact: true };
  return { ...rangeOf(keyNode ?? node, text, keyNode !== null), exact: true };
}

function deref(ast: Document.Parsed, node: Node): Node {
  if (isAlias(node)) return (node.resolve(ast) as Node | undefined) ?? node;
  return node;
}

function findPair(items: readonly Pair[], name: string): Pair | undefined {
  for (const p of items) {
    const k = p.key as Node | null;
    if (k && isScalar(k) && String(k.value) === name) return p;
  }
  return undefined;
}

function rangeOfCollectionOrScalar(node: Node, text: string, exact: boolean): ResolvedRange {
  return { ...rangeOf(node, text, true), exact };
}

// Scalars and keys give their own range; a collection gives its first line only.
function rangeOf(node: Node, text: string, isKey: boolean): { offset: number; endOffset: number } {
  const [start, end] = node.range ?? [0, 0];
  if (isKey || isScalar(node)) return { offset: start, endOffset: Math.max(end, start + 1) };
  const nl = text.indexOf('\n', start);
  let stop = nl === -1 || nl > end ? end : nl;
  while (stop > start && /\s/.test(text[stop - 1])) stop--;
  return { offset: start, endOffset: Math.max(stop, start + 1) };
}

/**
 * The whole source range of the node at `path` (a map entry from its key to the end of its value),
 * or undefined when the path does not exist. Used to select an element's YAML in the editor.
 */
export function nodeRange(
  ast: Document.Parsed,
  path: FieldPath,
): { offset: number; endOffset: number } | undefined {
  let node: Node | null = ast.contents ?? null;
  let keyStart: number | undefined;
  for (const seg of path) {
    if (!node) return undefined;
    node = deref(ast, node);
    keyStart = undefined;
    if (typeof seg === 'number' && isSeq(node)) {
      node = (node.items[seg] as Node | undefined) ?? null;
    } else if (typeof seg !== 'number' && isMap(node)) {
      const pair = findPair(node.items, typeof seg === 'string' ? seg : seg.key);
      if (!pair) return undefined;
      keyStart = (pair.key as Node).range?.[0];
      node = (pair.value as Node | null) ?? (pair.key as Node);
    } else {
      return undefined;
    }
  }
  if (!node?.range) return undefined;
  return { offset: keyStart ?? node.range[0], endOffset: node.range[1] };
}
