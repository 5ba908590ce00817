import { useLayoutEffect, useState, type CSSProperties, type RefObject } from 'react';

const MARGIN = 12;
const GAP = 8;

/** The canvas's controls along its top (zoom, Fit, the legend), inside the same parent. */
const CONTROLS = '.react-flow__panel.top.right, .react-flow__panel.top.center';

interface Edges {
  left: number;
  top: number;
  bottom: number;
}

/** The smallest box around the controls' boxes (only the edges used here). */
function around(elements: readonly Element[]): Edges {
  const boxes = elements.map((e) => e.getBoundingClientRect());
  return {
    left: Math.min(...boxes.map((b) => b.left)),
    top: Math.min(...boxes.map((b) => b.top)),
    bottom: Math.max(...boxes.map((b) => b.bottom)),
  };
}

/** How wide `el` is laid out on one line, however narrow its box is now. */
function oneLineWidth(el: HTMLElement): number {
  const { whiteSpace, maxWidth } = el.style;
  el.style.whiteSpace = 'nowrap';
  el.style.maxWidth = 'none';
  const width = el.getBoundingClientRect().width;
  el.style.whiteSpace = whiteSpace;
  el.style.maxWidth = maxWidth;
  return width;
}

/**
 * Where a notice at the top of the canvas goes so it never covers the zoom and Fit controls in
 * the top-right corner: on their row, centred in the room to their left, when `notice` fits there
 * on one line; else just below them, across the pane, wrapping as it must. `box` is the
 * positioned element around the notice, a child of the canvas's own. Followed as the pane, the
 * controls or the words change size.
 */
export function useClearOfToolbar(
  box: RefObject<HTMLElement | null>,
  notice: RefObject<HTMLElement | null>,
): CSSProperties {
  const [place, setPlace] = useState<CSSProperties>({ top: MARGIN, left: MARGIN, right: MARGIN });

  useLayoutEffect(() => {
    const parent = box.current?.parentElement;
    const controls = [...(parent?.querySelectorAll(CONTROLS) ?? [])];
    if (!parent || controls.length === 0) return;
    const follow = (): void => {
      const pane = parent.getBoundingClientRect();
      const bar = around(controls);
      const width = notice.current ? oneLineWidth(notice.current) : 0;
      const room = bar.left - pane.left - MARGIN - GAP;
      const next: CSSProperties =
        width <= room
          ? { top: bar.top - pane.top, left: MARGIN, right: pane.right - bar.left + GAP }
          : { top: bar.bottom - pane.top + GAP, left: MARGIN, right: MARGIN };
      setPlace((p) => (same(p, next) ? p : next));
    };
    follow();
    const watch = new ResizeObserver(follow);
    watch.observe(parent);
    for (const c of controls) watch.observe(c);
    if (notice.current) watch.observe(notice.current);
    return () => watch.disconnect();
  }, [box, notice]);

  return place;
}

const same = (a: CSSProperties, b: CSSProperties): boolean =>
  a.top === b.top && a.left === b.left && a.right === b.right;
