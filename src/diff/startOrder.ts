// Init containers and native sidecars start one after another in declaration order and the
// sidecars stop in reverse order, so their order is part of what the pod does. A container moved
// within that order is a change; one that only shifted because another was added or removed
// before it is not.
import type { ContainerNode } from '../graph/types';
import type { FieldChange } from './types';

/** The field path of a container's place in the start order (its step, 1-based). */
export const START_ORDER = 'startOrder';

/**
 * The init containers (sidecars included) of B whose order relative to the others of both
 * versions changed, by node id, with their step in A and in B. The ones kept in place are the
 * longest run the two orders share.
 */
export function movedInStartOrder(
  a: readonly ContainerNode[],
  b: readonly ContainerNode[],
): Map<string, FieldChange> {
  const stepA = steps(a);
  const stepB = steps(b);
  const orderA = [...stepA.keys()].filter((id) => stepB.has(id));
  const orderB = [...stepB.keys()].filter((id) => stepA.has(id));
  const kept = longestCommon(orderA, orderB);
  const out = new Map<string, FieldChange>();
  for (const id of orderB) {
    if (kept.has(id)) continue;
    out.set(id, { path: START_ORDER, from: String(stepA.get(id)), to: String(stepB.get(id)) });
  }
  return out;
}

function steps(list: readonly ContainerNode[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of [...list].filter((x) => x.initStep !== undefined).sort(byStep))
    out.set(c.id, c.initStep as number);
  return out;
}

const byStep = (x: ContainerNode, y: ContainerNode): number =>
  (x.initStep ?? 0) - (y.initStep ?? 0);

// A pod has a handful of init containers: the quadratic table is the simple, exact answer.
function longestCommon(a: readonly string[], b: readonly string[]): Set<string> {
  const len = a.map(() => new Array<number>(b.length + 1).fill(0));
  len.push(new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      len[i][j] = a[i] === b[j] ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
  const out = new Set<string>();
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      out.add(a[i]);
      i++;
      j++;
    } else if (len[i + 1][j] >= len[i][j + 1]) i++;
    else j++;
  }
  return out;
}
