// Test helper: the timeline of a manifest's workload, built the way the page and the CLI build it
// (from the analysis' pod model).
import { analyze } from '../analysis/analyze';
import { buildTimeline } from './build';
import type { PodTimeline } from './types';

/** The timeline of workload `workload` (0-based) of a manifest text. */
export function timelineOf(text: string, workload = 0): PodTimeline {
  return buildTimeline(analyze(text).workloads[workload].model);
}
