import { useMemo } from 'react';
import type { AnalysisResult } from '../../src/analysis/result';
import { buildTimeline, playScenario } from '../../src/lifecycle/index';
import type { PodTimeline, Scenario, ScenarioStep } from '../../src/lifecycle/types';
import { buildAxis, type Axis } from './axis';
import { buildLanes, laneTimes, type Lane } from './lanes';

export interface PlayedScenario {
  timeline: PodTimeline;
  steps: ScenarioStep[];
  axis: Axis;
  lanes: Lane[];
}

/** The workload's timeline, from the pod model its analysis built; null when it has none. */
export function useTimeline(result: AnalysisResult, workload: number): PodTimeline | null {
  return useMemo(() => {
    const w = result.workloads[workload];
    if (!w) return null;
    const timeline = buildTimeline(w.model);
    return timeline.containers.length > 0 ? timeline : null;
  }, [result, workload]);
}

/** A scenario of the timeline as the panel draws it: its steps, the axis and the lanes. */
export function useScenario(
  timeline: PodTimeline | null,
  scenario: Scenario,
): PlayedScenario | null {
  return useMemo(() => {
    if (!timeline) return null;
    const steps = playScenario(timeline, scenario);
    const axis = buildAxis(
      steps.map((s) => s.atSeconds),
      laneTimes(timeline, scenario),
    );
    return { timeline, steps, axis, lanes: buildLanes(timeline, scenario, steps, axis) };
  }, [timeline, scenario]);
}
