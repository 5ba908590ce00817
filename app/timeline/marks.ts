// Performance marks of the timeline, which the page benchmark reads (scripts/bench/timelinePage.ts):
// from choosing Timeline to the first paint of its lanes.

export const TIMELINE_CHOSEN = 'podscope:timeline-chosen';
export const TIMELINE_PAINTED = 'podscope:timeline-painted';

/** The Timeline button was pressed to open it. */
export function markTimelineChosen(): void {
  performance.mark(TIMELINE_CHOSEN);
}

/** Marks the first paint of the lanes: a task queued from requestAnimationFrame runs after it. */
export function markTimelinePaintedAfterFrame(): () => void {
  const frame = requestAnimationFrame(() => {
    setTimeout(() => performance.mark(TIMELINE_PAINTED), 0);
  });
  return () => cancelAnimationFrame(frame);
}
