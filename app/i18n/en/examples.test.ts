import { describe, expect, it } from 'vitest';
import { CATALOG } from '../../examples/catalog';
import { examples } from './examples';

describe('the English gallery', () => {
  it('has the words of every example of the catalog, by id', () => {
    expect(Object.keys(examples.words)).toEqual(CATALOG.map((e) => e.id));
    const portClash = examples.words['port-clash'];
    expect(portClash).toEqual({
      title: 'Trap: two containers on one port',
      summary: 'web and debug-tool both listen on 8080; the second bind fails.',
      idea: 'Trap 1: port conflict in the shared network namespace',
    });
  });
});
