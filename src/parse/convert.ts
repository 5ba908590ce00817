// YAML nodes → plain values, with the guards a hostile input needs: aliases are counted by the
// size of what they would expand to (a billion-laughs document is refused before anything is
// expanded) and nesting depth is capped (a deep document cannot exhaust the stack).
import { isAlias, isMap, isScalar, isSeq, type Node, type ParsedNode } from 'yaml';
import { MAX_ALIAS_EXPANSION, MAX_DEPTH } from './limits';

export { MAX_ALIAS_EXPANSION, MAX_DEPTH } from './limits';

export class ConvertLimitError extends Error {
  constructor(
    readonly code: 'depth' | 'alias' | 'key',
    message: string,
    readonly offset: number,
    readonly endOffset: number,
  ) {
    super(message);
  }
}

interface Converted {
  value: unknown;
  size: number;
}

/** Converts a parsed YAML node to a plain JS value, or throws ConvertLimitError. */
export function toPlain(root: ParsedNode | null): unknown {
  if (!root) return null;
  const anchors = new Map<string, Converted>();
  // `count` grows by one per value read and by an anchor's whole size per alias, so an anchored
  // node's size is the growth of `count` while it was read; no per-node bookkeeping objects.
  let count = 0;
  let expanded = 0;

  const convert = (node: Node, depth: number): unknown => {
    if (depth > MAX_DEPTH) {
      const [start, end] = node.range ?? [0, 0];
      throw new ConvertLimitError('depth', `nesting deeper than ${MAX_DEPTH} levels`, start, end);
    }
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (!target) return null;
      count += target.size;
      expanded += target.size;
      if (expanded > MAX_ALIAS_EXPANSION) {
        const [start, end] = node.range ?? [0, 0];
        throw new ConvertLimitError(
          'alias',
          `aliases expand to more than ${MAX_ALIAS_EXPANSION} values (an alias bomb?)`,
          start,
          end,
        );
      }
      return target.value;
    }
    const before = count++;
    let value: unknown = null;
    if (isScalar(node)) {
      value = node.value;
    } else if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        if (key && !isScalar(key) && !isAlias(key)) {
          // kubectl turns YAML into JSON, whose keys are strings: `{{ x }}: …` cannot be read.
          const [start, end] = key.range ?? [0, 0];
          throw new ConvertLimitError(
            'key',
            'a mapping key must be a plain value, not a collection',
            start,
            end,
          );
        }
        const keyText = key && isScalar(key) ? String(key.value) : '';
        const v = pair.value ? convert(pair.value as Node, depth + 1) : (count++, null);
        if (keyText === '<<' && (isAlias(pair.value) || isMap(pair.value) || isSeq(pair.value))) {
          mergeInto(obj, v);
        } else {
          obj[keyText] = v;
        }
      }
      value = obj;
    } else if (isSeq(node)) {
      const arr: unknown[] = [];
      for (const item of node.items)
        arr.push(item ? convert(item as Node, depth + 1) : (count++, null));
      value = arr;
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, { value, size: count - before });
    return value;
  };

  return convert(root, 0);
}

// YAML merge keys (`<<: *base`) as kubectl's YAML reader applies them: existing keys win.
function mergeInto(target: Record<string, unknown>, source: unknown): void {
  const sources: unknown[] = Array.isArray(source) ? source : [source];
  for (const s of sources) {
    if (s && typeof s === 'object' && !Array.isArray(s)) {
      for (const [k, v] of Object.entries(s as Record<string, unknown>))
        if (!(k in target)) target[k] = v;
    }
  }
}
