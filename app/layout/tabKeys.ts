// Arrow keys, Home and End in a tab list (WAI-ARIA tabs): the tab to move to, or null.

/** The index of the tab `key` moves to from `from` among `count` tabs, wrapping round. */
export function tabKey(key: string, from: number, count: number): number | null {
  if (key === 'ArrowRight') return (from + 1) % count;
  if (key === 'ArrowLeft') return (from - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
