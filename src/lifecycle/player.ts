// The pieces the scenarios are played with: a player that records each step with every
// container's state, a container's way up, and the way out of a termination.
import { probeOf } from './probes';
import type {
  ContainerState,
  ContainerTimeline,
  LifecycleEvent,
  PodTimeline,
  ScenarioStep,
  TerminationTimeline,
} from './types';

export class Player {
  readonly steps: ScenarioStep[] = [];
  private readonly states: Record<string, ContainerState>;

  constructor(timeline: PodTimeline, initial: (c: ContainerTimeline) => ContainerState) {
    this.states = Object.fromEntries(timeline.containers.map((c) => [c.name, initial(c)]));
  }

  at(
    atSeconds: number,
    event: LifecycleEvent,
    changes: Record<string, ContainerState> = {},
    assumed = false,
  ): void {
    Object.assign(this.states, changes);
    const step: ScenarioStep = { atSeconds, states: { ...this.states }, event };
    if (assumed) step.assumed = true;
    this.steps.push(step);
  }
}

export interface Moment {
  at: number;
  event: LifecycleEvent;
  changes: Record<string, ContainerState>;
}

// A container's way up: process started, started (startup probe, postStart), Ready; an init
// container's way up is its run.
export function wayUp(c: ContainerTimeline, offset = 0): Moment[] {
  const container = c.name;
  const running = c.running.earliestSeconds + offset;
  if (c.role === 'init')
    return [
      {
        at: running,
        event: { id: 'scenario.running', container },
        changes: { [container]: 'running' },
      },
      {
        at: (c.exited ?? c.running).earliestSeconds + offset,
        event: { id: 'scenario.initDone', container },
        changes: { [container]: 'exited' },
      },
    ];
  const startup = probeOf(c.probes, 'startupProbe');
  const held = startup !== undefined || c.hooks.some((h) => h.kind === 'postStart');
  const out: Moment[] = [];
  if (held) {
    out.push({
      at: running,
      event: { id: 'scenario.starting', container },
      changes: { [container]: 'starting' },
    });
    out.push({
      at: c.started.earliestSeconds + offset,
      event: { id: startup ? 'scenario.started' : 'scenario.running', container },
      changes: { [container]: 'running' },
    });
  } else
    out.push({
      at: running,
      event: { id: 'scenario.running', container },
      changes: { [container]: 'running' },
    });
  out.push({
    at: (c.ready?.earliestSeconds ?? c.started.earliestSeconds) + offset,
    event: { id: 'scenario.ready', container },
    changes: { [container]: 'ready' },
  });
  return out;
}

// Processes that exit as soon as they get SIGTERM: preStop hooks, then SIGTERM, in stop order.
export function playStops(
  p: Player,
  term: TerminationTimeline,
  from: number,
  assumed: boolean,
): void {
  const moments: Moment[] = [];
  for (const c of term.containers) {
    const container = c.name;
    if (c.preStop)
      moments.push({
        at: 0,
        event:
          c.preStop.seconds === undefined
            ? { id: 'scenario.preStopUnknown', container, values: { handler: c.preStop.handler } }
            : { id: 'scenario.preStop', container, values: { seconds: c.preStop.seconds } },
        changes: { [container]: 'terminating' },
      });
    const sigterm = c.sigterm.earliestSeconds;
    moments.push({
      at: sigterm,
      event: { id: 'scenario.sigterm', container, values: { sigkill: from + c.sigkillAtSeconds } },
      changes: { [container]: 'terminating' },
    });
    moments.push({
      at: sigterm,
      event: { id: 'scenario.exited', container },
      changes: { [container]: 'exited' },
    });
  }
  moments.sort((a, b) => a.at - b.at);
  for (const m of moments) p.at(from + m.at, m.event, m.changes, assumed);
}

export function lastExit(term: TerminationTimeline): number {
  return Math.max(0, ...term.containers.map((c) => c.sigterm.earliestSeconds));
}

// The pod after its start: init containers done, every other container Ready.
export function steadyState(c: ContainerTimeline): ContainerState {
  return c.role === 'init' ? 'exited' : 'ready';
}

/** The container a failure happens to: the one named, else one `prefer` picks, else an app. */
export function target(
  t: PodTimeline,
  name: string | undefined,
  prefer?: (c: ContainerTimeline) => boolean,
) {
  const serving = t.containers.filter((c) => c.role !== 'init');
  return (
    (name === undefined ? undefined : t.containers.find((c) => c.name === name)) ??
    (prefer
      ? (serving.find((c) => c.role === 'app' && prefer(c)) ?? serving.find(prefer))
      : undefined) ??
    serving.find((c) => c.role === 'app') ??
    serving[0]
  );
}

/** Whether READY n/m counts it: app containers and native sidecars. */
export const counted = (c: ContainerTimeline): boolean => c.role === 'app' || c.role === 'sidecar';

// The container's way up once more, from its own start (times relative to that start).
export function upAgainAfter(c: ContainerTimeline): Moment[] {
  return wayUp(c, -c.running.earliestSeconds);
}
