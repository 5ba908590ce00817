// The pod over time: the timeline a manifest implies, its scenarios, the status explainer and
// their words. What the page and the CLI import.
export { buildTimeline } from './build';
export { explainStatus } from './explain';
export { playScenario, type ScenarioOptions } from './scenario';
export { lifecycleText, type LifecycleTextId } from './texts';
export type * from './types';
