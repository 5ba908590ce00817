import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useLatest } from '../state/useLatest';

const MOVES: Record<string, (at: number, last: number) => number> = {
  ArrowDown: (at, last) => Math.min(at + 1, last),
  ArrowUp: (at) => Math.max(at - 1, 0),
  Home: () => 0,
  End: (_, last) => last,
};

/**
 * One Tab stop for a list of buttons, the arrow keys (and Home/End) moving between them in
 * display order. The selected item is the Tab stop and is scrolled into view when it changes.
 */
export function useRovingFocus(order: readonly number[], selected: number | null) {
  const items = useRef(new Map<number, HTMLButtonElement>());
  const [focused, setFocused] = useState<number | null>(null);
  // Every row gets the key handler: it reads the newest order without changing identity.
  const current = useLatest(order);

  const register = useCallback((index: number, el: HTMLButtonElement | null) => {
    if (el) items.current.set(index, el);
    else items.current.delete(index);
  }, []);

  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLButtonElement>, index: number) => {
      const order = current.current;
      const move = MOVES[event.key];
      const at = order.indexOf(index);
      if (!move || at === -1) return;
      event.preventDefault();
      const next = order[move(at, order.length - 1)];
      items.current.get(next)?.focus();
      setFocused(next);
    },
    [current],
  );

  useEffect(() => {
    if (selected === null) return;
    items.current.get(selected)?.scrollIntoView({ block: 'nearest' });
  }, [selected]);

  const stop =
    focused !== null && order.includes(focused)
      ? focused
      : selected !== null && order.includes(selected)
        ? selected
        : order[0];
  return { register, onKeyDown, tabStop: stop, setFocused };
}
