import { useLayoutEffect, useState, type RefObject } from 'react';

/** Lets the canvas's bottom corners (legend, attribution) stand on the caption (walk.css). */
const CAPTION_VAR = '--walk-caption-height';

/**
 * The caption's height in pixels, measured before paint and whenever its text reflows; also
 * published to the canvas element around it as a CSS variable.
 */
export function useCaptionHeight(ref: RefObject<HTMLElement | null>): number {
  const [height, setHeight] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const canvas = el.parentElement;
    const measure = (): void => {
      const h = Math.ceil(el.getBoundingClientRect().height);
      setHeight(h);
      canvas?.style.setProperty(CAPTION_VAR, `${h}px`);
    };
    measure();
    const watch = new ResizeObserver(measure);
    watch.observe(el);
    return () => {
      watch.disconnect();
      canvas?.style.removeProperty(CAPTION_VAR);
    };
  }, [ref]);
  return height;
}
