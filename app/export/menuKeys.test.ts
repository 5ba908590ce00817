import { describe, expect, it } from 'vitest';
import { menuKey } from './menuKeys';

describe('menuKey', () => {
  it('moves down and wraps to the first item', () => {
    expect(menuKey('ArrowDown', 0, 3)).toEqual({ focus: 1 });
    expect(menuKey('ArrowDown', 2, 3)).toEqual({ focus: 0 });
  });

  it('moves up and wraps to the last item', () => {
    expect(menuKey('ArrowUp', 1, 3)).toEqual({ focus: 0 });
    expect(menuKey('ArrowUp', 0, 3)).toEqual({ focus: 2 });
  });

  it('jumps with Home and End', () => {
    expect(menuKey('Home', 2, 3)).toEqual({ focus: 0 });
    expect(menuKey('End', 0, 3)).toEqual({ focus: 2 });
  });

  it('closes on Escape and Tab', () => {
    expect(menuKey('Escape', 1, 3)).toBe('close');
    expect(menuKey('Tab', 1, 3)).toBe('close');
  });

  it('leaves other keys alone (Enter activates the focused item itself)', () => {
    expect(menuKey('Enter', 1, 3)).toBeNull();
    expect(menuKey('a', 1, 3)).toBeNull();
  });
});
