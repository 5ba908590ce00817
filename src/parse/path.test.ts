import { describe, expect, it } from 'vitest';
import { formatPath, isPathPrefix, parsePath, valueAt } from './path';

describe('paths', () => {
  it('prints fields, indexes and map keys like the API server', () => {
    expect(formatPath(['spec', 'containers', 1, 'resources', 'limits', { key: 'cpu' }])).toBe(
      'spec.containers[1].resources.limits[cpu]',
    );
    expect(formatPath(['items', 3, 'spec'])).toBe('items[3].spec');
    expect(formatPath([])).toBe('');
  });

  it('compares prefixes and reads values', () => {
    expect(isPathPrefix(['spec'], ['spec', 'containers', 0])).toBe(true);
    expect(isPathPrefix(['spec', 'volumes'], ['spec', 'containers'])).toBe(false);
    expect(valueAt({ a: [{ b: 2 }] }, ['a', 0, 'b'])).toBe(2);
    expect(valueAt({ a: 1 }, ['a', 'b'])).toBeUndefined();
  });

  it('reads printed paths back, map keys with dots and slashes included', () => {
    const path = ['spec', 'containers', 1, 'resources', 'limits', { key: 'nvidia.com/gpu' }];
    expect(parsePath(formatPath(path))).toEqual(path);
    expect(parsePath('items[3].spec')).toEqual(['items', 3, 'spec']);
    expect(parsePath('')).toEqual([]);
  });
});
