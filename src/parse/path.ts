// Field paths in the API server's notation: `spec.containers[1].resources.limits[cpu]`.
import type { FieldPath, PathSegment } from '../types';

/** Formats a path the way the API server prints field errors. */
export function formatPath(path: FieldPath): string {
  // Joined once rather than appended piece by piece: a flat string, not a chain of slices.
  const parts: string[] = [];
  for (const seg of path) {
    if (typeof seg === 'number') parts.push(`[${seg}]`);
    else if (typeof seg === 'string') parts.push(parts.length === 0 ? seg : `.${seg}`);
    else parts.push(`[${seg.key}]`);
  }
  return parts.join('');
}

/** True when `prefix` is the start of `path`. */
export function isPathPrefix(prefix: FieldPath, path: FieldPath): boolean {
  if (prefix.length > path.length) return false;
  return prefix.every((seg, i) => sameSegment(seg, path[i]));
}

function sameSegment(a: PathSegment, b: PathSegment): boolean {
  if (typeof a === 'object' && typeof b === 'object') return a.key === b.key;
  if (typeof a === 'object') return a.key === b;
  if (typeof b === 'object') return b.key === a;
  return a === b;
}

/** Reads the value at a path from a plain JS value. */
export function valueAt(root: unknown, path: FieldPath): unknown {
  let cur = root;
  for (const seg of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    const key = typeof seg === 'object' ? seg.key : seg;
    cur = (cur as Record<string | number, unknown>)[key];
  }
  return cur;
}

/** Reads a path printed by `formatPath` back into segments. */
export function parsePath(text: string): FieldPath {
  const out: PathSegment[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '[') {
      const close = text.indexOf(']', i);
      const inner = text.slice(i + 1, close === -1 ? text.length : close);
      out.push(/^\d+$/.test(inner) ? Number(inner) : { key: inner });
      i = close === -1 ? text.length : close + 1;
    } else {
      if (text[i] === '.') i++;
      let j = i;
      while (j < text.length && text[j] !== '.' && text[j] !== '[') j++;
      out.push(text.slice(i, j));
      i = j;
    }
  }
  return out;
}
