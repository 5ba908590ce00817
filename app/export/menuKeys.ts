// Keyboard movement in a menu (WAI-ARIA menu button pattern): arrows move and wrap, Home and End
// jump, Escape and Tab close it.

export type MenuMove = { focus: number } | 'close' | null;

/** Where focus goes for `key` with `index` focused among `count` items; null for other keys. */
export function menuKey(key: string, index: number, count: number): MenuMove {
  if (count === 0) return key === 'Escape' || key === 'Tab' ? 'close' : null;
  switch (key) {
    case 'ArrowDown':
      return { focus: (index + 1) % count };
    case 'ArrowUp':
      return { focus: (index - 1 + count) % count };
    case 'Home':
      return { focus: 0 };
    case 'End':
      return { focus: count - 1 };
    case 'Escape':
    case 'Tab':
      return 'close';
    default:
      return null;
  }
}
