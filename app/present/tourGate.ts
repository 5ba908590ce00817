// Whether the guided tour opens. It is for first visits only; once closed or finished it never
// comes back. Automated browsers (navigator.webdriver) never get it unprompted, so test suites
// that open the page fresh are not blocked by a dialog; a test that wants the tour stores 'show'.

/** The localStorage key and its values: 'done' once seen, 'show' to force it. */
export const TOUR_KEY = 'podscope.tour';
export const TOUR_DONE = 'done';
export const TOUR_FORCE = 'show';

/** True when the tour should open for this visit. */
export function shouldShowTour(stored: string | null, webdriver: boolean): boolean {
  if (stored === TOUR_FORCE) return true;
  if (stored !== null) return false;
  return !webdriver;
}
