import { useCallback, useEffect, useState } from 'react';
import { currentFragment, isShareFragment } from '../share/fragment';
import { shouldShowTour, TOUR_DONE, TOUR_KEY } from './tourGate';
import { TOUR_READY } from './tourSteps';

function stored(): string | null {
  try {
    return localStorage.getItem(TOUR_KEY);
  } catch {
    return null;
  }
}

/**
 * Whether the tour is open: on a first visit that did not come from a share link, once the pod
 * is drawn (its stops must exist to be pointed at). `finish` closes it for good.
 */
export function useTourGate(): { open: boolean; finish: () => void } {
  const [open, setOpen] = useState(false);

  useEffect(() => {
    // Read once, as the page opens: an edit takes the link out of the address later.
    const visit = {
      stored: stored(),
      webdriver: navigator.webdriver,
      sharedLink: isShareFragment(currentFragment()),
    };
    if (!shouldShowTour(visit)) return;
    const ready = (): boolean => {
      if (!document.querySelector(TOUR_READY)) return false;
      watch.disconnect();
      setOpen(true);
      return true;
    };
    // The pod may be drawn already, or appear with a later render.
    const watch = new MutationObserver(ready);
    const frame = requestAnimationFrame(() => {
      if (!ready()) watch.observe(document.body, { childList: true, subtree: true });
    });
    return () => {
      cancelAnimationFrame(frame);
      watch.disconnect();
    };
  }, []);

  const finish = useCallback(() => {
    setOpen(false);
    try {
      localStorage.setItem(TOUR_KEY, TOUR_DONE);
    } catch {
      // Storage refused: the tour may come back next visit, which is all that is lost.
    }
  }, []);

  return { open, finish };
}
