// YAML nodes → plain values, with the guards a hostile input needs: aliases are counted by the
// size of what they would expand to (a billion-laughs document is refused before anything is
// expanded) and nesting depth is capped (a deep document cannot exhaust the stack).
import { isAlias, isMap, isScalar, isSeq, type Node, type ParsedNode } from 'yaml';

/** Deepest nesting accepted; real Kubernetes objects stay well under 40 levels. */
export const MAX_DEPTH = 200;
/** Most value nodes an input may expand to through aliases. */
export const MAX_ALIAS_EXPANSION = 100_000;

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
  let expanded = 0;

  const convert = (node: Node, depth: number): Converted => {
    if (depth > MAX_DEPTH) {
      const [start, end] = node.range ?? [0, 0];
      throw new ConvertLimitError('depth', `nesting deeper than ${MAX_DEPTH} levels`, start, end);
    }
    let out: Converted;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      const [start, end] = node.range ?? [0, 0];
      if (!target) return { value: null, size: 1 };
      expanded += target.size;
      if (expanded > MAX_ALIAS_EXPANSION) {
        throw new ConvertLimitError(
          'alias',
          `aliases expand to more than ${MAX_ALIAS_EXPANSION} values (an alias bomb?)`,
          start,
          end,
        );
      }
      return target;
    } else if (isScalar(node)) {
      out = { value: node.value, size: 1 };
    } else if (isMap(node)) {
      const obj: Record<string, unknown> = {};
      let size = 1;
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
        const val = pair.value ? convert(pair.value as Node, depth + 1) : { value: null, size: 1 };
        size += val.size;
        if (keyText === '<<' && (isAlias(pair.value) || isMap(pair.value) || isSeq(pair.value))) {
          mergeInto(obj, val.value);
        } else {
          obj[keyText] = val.value;
        }
      }
      out = { value: obj, size };
    } else if (isSeq(node)) {
      const arr: unknown[] = [];
      let size = 1;
      for (const item of node.items) {
        const val = item ? convert(item as Node, depth + 1) : { value: null, size: 1 };
        size += val.size;
        arr.push(val.value);
      }
      out = { value: arr, size };
    } else {
      out = { value: null, size: 1 };
    }
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor) anchors.set(anchor, out);
    return out;
  };

  return convert(root, 0).value;
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
