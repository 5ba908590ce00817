import { describe, expect, it } from 'vitest';
import { matchByIdentity, type Identity } from './match';

const id = (kind: string, name: string, namespace?: string): Identity => ({
  kind,
  name,
  namespace,
});

describe('matchByIdentity', () => {
  it('pairs by kind and name whatever the order, and lists the rest', () => {
    const a = [id('Pod', 'one'), id('Deployment', 'one'), id('Pod', 'gone')];
    const b = [id('Deployment', 'one'), id('Pod', 'new'), id('Pod', 'one')];
    expect(matchByIdentity(a, b, (x) => x)).toEqual({
      pairs: [
        [1, 0],
        [0, 2],
      ],
      onlyA: [2],
      onlyB: [1],
    });
  });

  it('pairs the same namespace first, then a namespace written in one version only', () => {
    const a = [id('Deployment', 'web', 'blue'), id('Deployment', 'web', 'green'), id('Pod', 'p')];
    const b = [
      id('Deployment', 'web', 'green'),
      id('Deployment', 'web', 'blue'),
      id('Pod', 'p', 'prod'),
    ];
    expect(matchByIdentity(a, b, (x) => x).pairs).toEqual([
      [1, 0],
      [0, 1],
      [2, 2],
    ]);
  });

  it('pairs repeated identities and items without one in order', () => {
    const a = [undefined, id('Pod', 'x'), undefined, id('Pod', 'x')];
    const b = [id('Pod', 'x'), undefined];
    expect(matchByIdentity(a, b, (x) => x)).toEqual({
      pairs: [
        [1, 0],
        [0, 1],
      ],
      onlyA: [2, 3],
      onlyB: [],
    });
  });

  it('pairs items that share an identity by their contents first', () => {
    const a = [id('Pod', 'counter'), id('Pod', 'counter'), undefined, undefined];
    const b = [undefined, id('Pod', 'counter'), id('Pod', 'counter'), undefined];
    const textA = ['streaming', 'agent', 'broken: [', '# a note'];
    const textB = ['# a note', 'agent', 'streaming', 'broken: ['];
    expect(
      matchByIdentity(a, b, (x) => x, { a: (i) => textA[i], b: (j) => textB[j] }).pairs,
    ).toEqual([
      [3, 0],
      [1, 1],
      [0, 2],
      [2, 3],
    ]);
  });
});
