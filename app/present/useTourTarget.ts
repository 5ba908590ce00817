import { useEffect, useState } from 'react';
import type { TourStep } from './tourSteps';
import { unionBoxes, type Box } from './tourPlace';

function measure(step: TourStep): Box | null {
  for (const alternative of step.targets) {
    const boxes: Box[] = [];
    for (const selector of alternative) {
      const el = document.querySelector(selector);
      if (!el) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.height > 0)
        boxes.push({ left: r.left, top: r.top, width: r.width, height: r.height });
    }
    const box = unionBoxes(boxes);
    if (box) return box;
  }
  return null;
}

const same = (a: Box | null, b: Box | null): boolean =>
  a === b ||
  (a !== null &&
    b !== null &&
    a.left === b.left &&
    a.top === b.top &&
    a.width === b.width &&
    a.height === b.height);

/**
 * Where the step's target is on screen, followed frame by frame while the tour is open: the
 * graph may still be fitting itself, and the window may be resized.
 */
export function useTourTarget(step: TourStep | null): Box | null {
  const [box, setBox] = useState<Box | null>(null);
  useEffect(() => {
    if (!step) return;
    if (step.scroll)
      document.querySelector(step.targets[0][0])?.scrollIntoView({ block: 'nearest' });
    let frame = 0;
    let last: Box | null = null;
    const tick = (): void => {
      const next = measure(step);
      if (!same(next, last)) {
        last = next;
        setBox(next);
      }
      frame = requestAnimationFrame(tick);
    };
    tick();
    return () => cancelAnimationFrame(frame);
  }, [step]);
  return step ? box : null;
}
