import { useLayoutEffect, useRef, type RefObject } from 'react';

type Target = RefObject<HTMLElement | null>;

/**
 * Keeps the focus on the page when a pane collapses or comes back: focus inside what was just
 * hidden (the pane, or its rail) moves to the button that undoes it, so a keyboard user can press
 * it again and is never dropped at the top of the page.
 */
export function usePaneFocus(
  collapsed: boolean,
  { pane, rail, show, hide }: { pane: Target; rail: Target; show: Target; hide: Target },
): void {
  const was = useRef(collapsed);
  useLayoutEffect(() => {
    if (was.current === collapsed) return;
    was.current = collapsed;
    const gone = collapsed ? pane.current : rail.current;
    const active = document.activeElement;
    // A hidden element may already have lost the focus to the body.
    const lost = active === null || active === document.body || gone?.contains(active);
    if (lost) (collapsed ? show : hide).current?.focus({ preventScroll: true });
  }, [collapsed, pane, rail, show, hide]);
}
