// Start order and start times, as the kubelet's computePodActions runs a pod: init containers one
// by one (a native sidecar lets the next one start once it has started), then the app containers
// in declaration order without waiting for readiness, each held back by the postStart hook of
// the one before it (kubelet startContainer runs the hook before it returns).
import type { ContainerModel } from '../model/types';
import { hookOf } from './hooks';
import { probeOf, probeTimings } from './probes';
import { AT_ONCE, after, later } from './range';
import type {
  ContainerTimeline,
  HookTiming,
  LifecycleEvent,
  ProbeTiming,
  StartDependency,
  TimeRange,
} from './types';

const KNOWN_POLICIES: ReadonlySet<string> = new Set(['Always', 'OnFailure', 'Never']);

interface Started {
  timeline: ContainerTimeline;
  /** When the next container may start because of this one. */
  releases: TimeRange;
}

/** Every init, sidecar and app container of the pod over time, in run order. */
export function startupTimelines(
  containers: readonly ContainerModel[],
  podRestartPolicy: string,
): ContainerTimeline[] {
  const out: ContainerTimeline[] = [];
  let gate = AT_ONCE;
  let previous: StartDependency | undefined;
  for (const c of containers) {
    if (c.role !== 'init' && c.role !== 'sidecar') continue;
    const s = startOne(c, gate, previous ? [previous] : [], podRestartPolicy);
    out.push(s.timeline);
    gate = s.releases;
    previous = { container: c.name, until: c.role === 'init' ? 'exited' : 'started' };
  }
  // The app containers start once initialization is over; each waits only for the postStart
  // hook of the one started before it.
  let holder: StartDependency | undefined;
  for (const c of containers) {
    if (c.role !== 'app') continue;
    const waits = [...(previous ? [previous] : []), ...(holder ? [holder] : [])];
    const s = startOne(c, gate, waits, podRestartPolicy);
    out.push(s.timeline);
    gate = s.releases;
    holder = hookOf(s.timeline.hooks, 'postStart')
      ? { container: c.name, until: 'postStart' }
      : undefined;
  }
  return out;
}

function startOne(
  c: ContainerModel,
  running: TimeRange,
  waitsFor: StartDependency[],
  podRestartPolicy: string,
): Started {
  // Regular init containers may have neither probes nor hooks (the API server refuses them).
  const regularInit = c.role === 'init';
  const probes = regularInit ? [] : probeTimings(c.probes);
  const hooks = regularInit || !c.hooks ? [] : c.hooks.map((h) => ({ ...h }));
  const startup = probeOf(probes, 'startupProbe');
  const postStart = hookOf(hooks, 'postStart');
  // The hook's unknown duration is instant at best and unbounded at worst.
  const hold = postStart
    ? { earliest: postStart.seconds ?? 0, latest: postStart.seconds ?? null }
    : { earliest: 0, latest: 0 };
  const started = after(
    running,
    Math.max(startup?.firstSuccessAfterStart ?? 0, hold.earliest),
    later(startup?.giveUpAfterStart ?? 0, hold.latest),
  );
  const timeline: ContainerTimeline = {
    name: c.name,
    role: c.role,
    runOrder: c.runOrder,
    startsAfter: waitsFor.map((w) => w.container),
    waitsFor,
    running,
    started,
    // How long an init container runs is its own business: at once at best, unbounded at worst.
    ...(regularInit
      ? { exited: { earliestSeconds: running.earliestSeconds, latestSeconds: null } }
      : { ready: readyRange(running, started, probeOf(probes, 'readinessProbe')) }),
    probes,
    hooks,
    restartPolicy: effectiveRestartPolicy(c, podRestartPolicy),
    notes: [],
  };
  if (c.restartRules)
    timeline.restartRules = c.restartRules.map((r) => ({ ...r, values: [...r.values] }));
  const memoryLimit = c.resources.limits.memory;
  if (memoryLimit !== undefined) timeline.memoryLimit = memoryLimit;
  timeline.notes = notesOf(timeline, startup, postStart, probes);
  const releases = regularInit
    ? timeline.exited!
    : c.role === 'sidecar'
      ? started
      : after(running, hold.earliest, hold.latest);
  return { timeline, releases };
}

// Without a readiness probe a container is Ready once it has started; with one, at its first
// success at the earliest, and never for sure (a failing readiness probe restarts nothing).
function readyRange(running: TimeRange, started: TimeRange, readiness?: ProbeTiming): TimeRange {
  if (!readiness) return started;
  return {
    earliestSeconds: Math.max(
      started.earliestSeconds,
      running.earliestSeconds + readiness.firstSuccessAfterStart,
    ),
    latestSeconds: null,
  };
}

/** The container's own restartPolicy, else what the pod's means for it. */
export function effectiveRestartPolicy(c: ContainerModel, podRestartPolicy: string): string {
  if (c.role === 'sidecar') return 'Always';
  if (c.restartPolicy) return c.restartPolicy;
  // An init container that exits 0 is done: under Always it is restarted only on failure.
  if (c.role === 'init' && podRestartPolicy === 'Always') return 'OnFailure';
  return podRestartPolicy;
}

function notesOf(
  t: ContainerTimeline,
  startup: ProbeTiming | undefined,
  postStart: HookTiming | undefined,
  probes: readonly ProbeTiming[],
): LifecycleEvent[] {
  const container = t.name;
  const notes: LifecycleEvent[] = [];
  for (const w of t.waitsFor)
    notes.push({ id: `start.after.${w.until}`, container, values: { after: w.container } });
  if (t.role === 'init') notes.push({ id: 'init.runsToCompletion', container });
  if (postStart)
    notes.push(
      postStart.seconds === undefined
        ? { id: 'postStart.holds', container, values: { handler: postStart.handler } }
        : { id: 'postStart.holdsFor', container, values: { seconds: postStart.seconds } },
    );
  const liveness = probeOf(probes, 'livenessProbe');
  const readiness = probeOf(probes, 'readinessProbe');
  if (startup) {
    const values = {
      seconds: startup.giveUpAfterStart ?? 0,
      failureThreshold: startup.failureThreshold,
      periodSeconds: startup.periodSeconds,
      initialDelaySeconds: startup.initialDelaySeconds,
    };
    notes.push({
      id: liveness ? 'probe.startup.window' : 'probe.startup.windowNoLiveness',
      container,
      values,
    });
  }
  if (liveness)
    notes.push({
      id: 'probe.liveness.kill',
      container,
      values: {
        seconds: liveness.failureThreshold * liveness.periodSeconds,
        failureThreshold: liveness.failureThreshold,
        periodSeconds: liveness.periodSeconds,
        firstSeconds: liveness.firstSuccessAfterStart,
      },
    });
  if (readiness)
    notes.push({
      id: 'probe.readiness.window',
      container,
      values: {
        seconds: readiness.firstSuccessAfterStart,
        failureThreshold: readiness.failureThreshold,
        periodSeconds: readiness.periodSeconds,
        successThreshold: readiness.successThreshold,
      },
    });
  else if (t.role !== 'init') notes.push({ id: 'probe.readiness.none', container });
  const rules = t.restartRules;
  notes.push(
    rules
      ? {
          id: 'restart.rules',
          container,
          values: {
            policy: t.restartPolicy,
            rules: rules
              .map((r) => `${r.action} ${r.operator} [${r.values.join(', ')}]`)
              .join('; '),
          },
        }
      : KNOWN_POLICIES.has(t.restartPolicy)
        ? { id: `restart.${t.restartPolicy}`, container }
        : { id: 'restart.other', container, values: { policy: t.restartPolicy } },
  );
  return notes;
}
