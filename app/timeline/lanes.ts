// What each swimlane draws: the states a container passes through in a scenario, and the windows
// the timeline computes for it (probe windows, when it can be Ready, the termination steps), all
// placed on the axis. Pure: the panel renders these boxes as they are.
import type {
  ContainerState,
  ContainerTimeline,
  LifecycleEvent,
  PodTimeline,
  Scenario,
  ScenarioStep,
} from '../../src/lifecycle/types';
import type { Axis } from './axis';

/** A stretch of one state, from `x0` to `x1` (0–1 along the axis). */
export interface StateSpan {
  state: ContainerState;
  x0: number;
  x1: number;
  /** The step it begins at. */
  step: number;
}

export type WindowKind = 'startup' | 'liveness' | 'ready' | 'preStop';

/** A range the timeline computes: earliest to worst case (`open` when nothing bounds it). */
export interface LaneWindow {
  kind: WindowKind;
  x0: number;
  x1: number;
  from: number;
  to: number | null;
  open: boolean;
}

/** A moment drawn as a tick: SIGTERM, SIGKILL. */
export interface LaneMark {
  kind: 'sigterm' | 'sigkill';
  x: number;
  seconds: number;
}

export interface Lane {
  name: string;
  role: ContainerTimeline['role'];
  spans: StateSpan[];
  windows: LaneWindow[];
  marks: LaneMark[];
  /** What the engine says about the container in this scenario (texts in both languages). */
  notes: LifecycleEvent[];
}

/** The times a scenario's windows and marks name, so the axis can place them. */
export function laneTimes(timeline: PodTimeline, scenario: Scenario): number[] {
  const out: number[] = [];
  for (const w of rawWindows(timeline, scenario).values())
    for (const r of w) out.push(r.from, ...(r.to === null ? [] : [r.to]));
  for (const m of rawMarks(timeline, scenario).values()) for (const k of m) out.push(k.seconds);
  return out;
}

/** One lane per container of the timeline, in run order. */
export function buildLanes(
  timeline: PodTimeline,
  scenario: Scenario,
  steps: readonly ScenarioStep[],
  axis: Axis,
): Lane[] {
  const windows = rawWindows(timeline, scenario);
  const marks = rawMarks(timeline, scenario);
  return [...timeline.containers]
    .sort((a, b) => a.runOrder - b.runOrder)
    .map((c) => ({
      name: c.name,
      role: c.role,
      spans: spansOf(c.name, steps, axis),
      windows: (windows.get(c.name) ?? []).map((w) => ({
        ...w,
        x0: axis.x(w.from),
        x1: axis.x(w.to),
        open: w.to === null,
      })),
      marks: (marks.get(c.name) ?? []).map((m) => ({ ...m, x: axis.x(m.seconds) })),
      notes: notesOf(timeline, scenario, c.name),
    }));
}

/** The container's states, merged where a state holds over several steps. */
export function spansOf(name: string, steps: readonly ScenarioStep[], axis: Axis): StateSpan[] {
  const out: StateSpan[] = [];
  steps.forEach((s, i) => {
    const state = s.states[name];
    if (state === undefined) return;
    const last = out[out.length - 1];
    if (last && last.state === state) return;
    if (last) last.x1 = axis.stepX(i);
    out.push({ state, step: i, x0: axis.stepX(i), x1: 1 });
  });
  return out;
}

type RawWindow = { kind: WindowKind; from: number; to: number | null };

// Starting a pod shows when each probe decides and when each container can be Ready; deleting it
// shows each container's preStop. The other scenarios are their states alone.
function rawWindows(timeline: PodTimeline, scenario: Scenario): Map<string, RawWindow[]> {
  const out = new Map<string, RawWindow[]>();
  if (scenario === 'start')
    for (const c of timeline.containers) {
      const list: RawWindow[] = [];
      const start = c.running.earliestSeconds;
      for (const p of c.probes) {
        const from = start + p.firstSuccessAfterStart;
        if (p.kind === 'startupProbe')
          list.push({ kind: 'startup', from, to: giveUp(start, p.giveUpAfterStart) });
        if (p.kind === 'livenessProbe' && p.giveUpAfterStart !== null)
          list.push({ kind: 'liveness', from, to: start + p.giveUpAfterStart });
      }
      if (c.ready)
        list.push({ kind: 'ready', from: c.ready.earliestSeconds, to: c.ready.latestSeconds });
      if (list.length > 0) out.set(c.name, list);
    }
  if (scenario === 'deletion')
    for (const c of timeline.termination.containers)
      if (c.preStop && c.preStop.endsBy > 0)
        out.set(c.name, [{ kind: 'preStop', from: 0, to: c.preStop.endsBy }]);
  return out;
}

function giveUp(start: number, after: number | null): number | null {
  return after === null ? null : start + after;
}

function rawMarks(
  timeline: PodTimeline,
  scenario: Scenario,
): Map<string, { kind: LaneMark['kind']; seconds: number }[]> {
  const out = new Map<string, { kind: LaneMark['kind']; seconds: number }[]>();
  if (scenario !== 'deletion') return out;
  for (const c of timeline.termination.containers)
    out.set(c.name, [
      { kind: 'sigterm', seconds: c.sigterm.earliestSeconds },
      { kind: 'sigkill', seconds: c.sigkillAtSeconds },
    ]);
  return out;
}

/** What the engine says about a container in this scenario: its start, or its way out. */
function notesOf(timeline: PodTimeline, scenario: Scenario, name: string): LifecycleEvent[] {
  const c = timeline.containers.find((x) => x.name === name);
  if (scenario === 'deletion')
    return timeline.termination.notes.filter((n) => n.container === name);
  return c?.notes ?? [];
}
