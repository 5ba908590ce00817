// Two elements' values (fields.ts) → the values that differ, in meaning: `1000m` and `1` are one
// CPU, and a probe that appears brings its timings with it rather than listing each one.
import { compareQuantities, parseQuantity } from '../k8s/quantity';
import type { Fields } from './fields';
import type { FieldChange } from './types';

// Paths whose values are Kubernetes quantities as written: compared by amount, not by spelling.
// (The pod's effective resources are formatted by one rule already: equal amounts read alike.)
const QUANTITY = /^(?:resources\.(?:requests|limits)|overhead)\[|^(?:sizeLimit|storage)$/;

/** The values of A and B that differ: A's order first, then what only B has. */
export function compareFields(a: Fields, b: Fields): FieldChange[] {
  const out: FieldChange[] = [];
  const consider = (path: string): void => {
    const from = a.get(path) ?? null;
    const to = b.get(path) ?? null;
    if (from === to || sameQuantity(path, from, to) || underChangedWhole(path, a, b)) return;
    out.push({ path, from, to });
  };
  for (const path of a.keys()) consider(path);
  for (const path of b.keys()) if (!a.has(path)) consider(path);
  return out;
}

// `livenessProbe.periodSeconds` says nothing more when `livenessProbe` itself came or went.
function underChangedWhole(path: string, a: Fields, b: Fields): boolean {
  const dot = path.indexOf('.');
  if (dot === -1) return false;
  const head = path.slice(0, dot);
  return a.has(head) !== b.has(head);
}

function sameQuantity(path: string, from: string | null, to: string | null): boolean {
  if (from === null || to === null || !QUANTITY.test(path)) return false;
  const x = parseQuantity(from);
  const y = parseQuantity(to);
  return x.ok && y.ok && compareQuantities(x.value, y.value) === 0;
}
