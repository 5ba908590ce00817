import { useEffect } from 'react';

/**
 * Marks `podscope:graph-painted` once the frame showing a new graph has been painted (the
 * benchmark measures from `podscope:text-changed` to this mark). A task queued from
 * requestAnimationFrame runs after that frame's paint.
 */
export function usePaintMark(view: unknown): void {
  useEffect(() => {
    if (!view) return;
    const frame = requestAnimationFrame(() => {
      setTimeout(() => performance.mark('podscope:graph-painted'), 0);
    });
    return () => cancelAnimationFrame(frame);
  }, [view]);
}
