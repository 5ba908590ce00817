import { describe, expect, it } from 'vitest';
import { tabKey } from './tabKeys';

describe('tabKey', () => {
  it('moves along the tabs and wraps at both ends', () => {
    expect(tabKey('ArrowRight', 0, 2)).toBe(1);
    expect(tabKey('ArrowRight', 1, 2)).toBe(0);
    expect(tabKey('ArrowLeft', 0, 2)).toBe(1);
    expect(tabKey('Home', 1, 3)).toBe(0);
    expect(tabKey('End', 0, 3)).toBe(2);
  });

  it('leaves every other key alone', () => {
    expect(tabKey('ArrowDown', 0, 2)).toBeNull();
    expect(tabKey('Enter', 0, 2)).toBeNull();
  });
});
