import { useLayoutEffect, useRef, type RefObject } from 'react';

/**
 * Presentation mode hides everything but the graph: the focus goes to the graph on the way in,
 * and back to where it was (the Present button, say) on the way out.
 */
export function usePresentationFocus(presenting: boolean, graph: RefObject<HTMLElement | null>) {
  const before = useRef<Element | null>(null);
  const was = useRef(presenting);
  useLayoutEffect(() => {
    if (was.current === presenting) return;
    was.current = presenting;
    if (presenting) {
      before.current = document.activeElement;
      if (!graph.current?.contains(document.activeElement))
        graph.current?.focus({ preventScroll: true });
      return;
    }
    const back = before.current;
    before.current = null;
    if (back instanceof HTMLElement && back.isConnected && back !== document.body)
      back.focus({ preventScroll: true });
  }, [presenting, graph]);
}
