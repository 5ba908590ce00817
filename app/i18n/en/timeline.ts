// The timeline's words the page needs before its code arrives: the Timeline button, loading and
// failure. Everything else the timeline, the state chips and the status explainer say is in
// lifecycle.ts, loaded with their code.

export const timeline = {
  button: 'Timeline',
  buttonTitle: 'The pod over time, played on the graph',
  loading: 'Loading the timeline…',
  notLoaded: 'The timeline could not be loaded.',
};

export type TimelineTexts = typeof timeline;
