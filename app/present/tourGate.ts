// Whether the guided tour opens. It is for first visits only; once closed or finished it never
// comes back. A page opened from a share link is someone's manifest sent for review: the tour
// would stand between the reviewer and it, so it waits for a visit of their own (and stays
// unseen until then). Automated browsers (navigator.webdriver) never get it unprompted, so test
// suites that open the page fresh are not blocked by a dialog; a test that wants the tour stores
// 'show', which makes the visit a first one.

/** The localStorage key and its values: 'done' once seen, 'show' to force it. */
export const TOUR_KEY = 'podscope.tour';
export const TOUR_DONE = 'done';
export const TOUR_FORCE = 'show';

export interface TourVisit {
  /** What TOUR_KEY holds (null when nothing, or storage is unavailable). */
  stored: string | null;
  /** navigator.webdriver: the page runs in an automated browser. */
  webdriver: boolean;
  /** The page was opened with a share link in its address. */
  sharedLink: boolean;
}

/** True when the tour should open for this visit. */
export function shouldShowTour({ stored, webdriver, sharedLink }: TourVisit): boolean {
  if (sharedLink) return false;
  if (stored === TOUR_FORCE) return true;
  if (stored !== null) return false;
  return !webdriver;
}
