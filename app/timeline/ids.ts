/** The id of the timeline panel, which the Timeline button controls. */
export const TIMELINE_ID = 'podscope-timeline';
