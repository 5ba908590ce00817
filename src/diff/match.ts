// Pairs the objects of two versions by what they are (kind and name), never by position: a
// document moved, or one added before it, still meets its other version.

/** What an object is called; `undefined` for one without a kind or a name. */
export interface Identity {
  kind: string;
  name: string;
  namespace?: string;
  /** Tells apart several pod templates of one object (a custom resource's `templateLabel`). */
  part?: string;
}

/** Indexes paired across the versions, and those only one version has, each in input order. */
export interface Matching {
  /** [index in A, index in B], in B's order. */
  pairs: [number, number][];
  onlyA: number[];
  onlyB: number[];
}

/** The text of an item (its document), to tell apart items that share an identity. */
export interface Contents {
  a(index: number): string;
  b(index: number): string;
}

/**
 * Pairs items of A and B with the same kind, name and part: first those in the same namespace,
 * then the rest in input order (a namespace written in one version only is a change of one
 * object, not one removed and one added). Items without an identity pair in order among
 * themselves. Where several items share an identity (or have none), those whose `contents` are
 * equal pair first, so two same-named objects that only moved stay unchanged. Linear in the
 * number of items.
 */
export function matchByIdentity<T>(
  a: readonly T[],
  b: readonly T[],
  identity: (item: T) => Identity | undefined,
  contents?: Contents,
): Matching {
  const idsA = a.map(identity);
  const idsB = b.map(identity);
  const pairOf = new Array<number>(b.length).fill(-1);
  const taken = new Array<boolean>(a.length).fill(false);
  const exact = (id: Identity | undefined) => (id ? `${base(id)}\0${id.namespace ?? ''}` : '\0');
  const rounds: ((
    id: Identity | undefined,
    side: 'a' | 'b',
    index: number,
  ) => string | undefined)[] = [exact, (id) => (id ? base(id) : '\0')];
  if (contents) {
    const shared = ambiguous(idsA, idsB, exact);
    rounds.unshift((id, side, index) =>
      shared.has(exact(id)) ? `${exact(id)}\0${contents[side](index)}` : undefined,
    );
  }
  for (const key of rounds) {
    const queues = new Map<string, Queue>();
    idsA.forEach((id, i) => {
      if (taken[i]) return;
      const k = key(id, 'a', i);
      if (k === undefined) return;
      const q = queues.get(k);
      if (q) q.items.push(i);
      else queues.set(k, { items: [i], head: 0 });
    });
    idsB.forEach((id, j) => {
      if (pairOf[j] !== -1) return;
      const k = key(id, 'b', j);
      const q = k === undefined ? undefined : queues.get(k);
      if (!q || q.head >= q.items.length) return;
      const i = q.items[q.head++];
      taken[i] = true;
      pairOf[j] = i;
    });
  }
  const pairs: [number, number][] = [];
  const onlyB: number[] = [];
  pairOf.forEach((i, j) => (i === -1 ? onlyB.push(j) : pairs.push([i, j])));
  const onlyA = taken.flatMap((t, i) => (t ? [] : [i]));
  return { pairs, onlyA, onlyB };
}

// The keys more than one item of a version has (and items without an identity).
function ambiguous(
  idsA: readonly (Identity | undefined)[],
  idsB: readonly (Identity | undefined)[],
  key: (id: Identity | undefined) => string,
): Set<string> {
  const out = new Set<string>(['\0']);
  for (const ids of [idsA, idsB]) {
    const seen = new Set<string>();
    for (const id of ids) {
      const k = key(id);
      if (seen.has(k)) out.add(k);
      else seen.add(k);
    }
  }
  return out;
}

interface Queue {
  items: number[];
  head: number;
}

function base(id: Identity): string {
  return `${id.kind}\0${id.name}\0${id.part ?? ''}`;
}
