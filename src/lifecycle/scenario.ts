// The timeline played as a sequence of moments: the pod starting, and three classic failures
// (a container over its memory limit, a liveness probe that fails, the pod deleted). Each step
// holds every container's state after it, so a page can show any step on its own.
import {
  counted,
  lastExit,
  Player,
  playStops,
  steadyState,
  target,
  upAgainAfter,
  wayUp,
  type Moment,
} from './player';
import { probeOf } from './probes';
import type {
  ContainerTimeline,
  LifecycleEvent,
  PodTimeline,
  Scenario,
  ScenarioStep,
} from './types';

/** How long a process runs before it fails, where the manifest cannot say: an illustration. */
const RUNS_BEFORE_FAILURE_SECONDS = 30;
/** How long a Job's main container runs in the start scenario: an illustration too. */
const JOB_RUN_SECONDS = 10;
/** Crashes played in the OOM scenario before the status is read. */
const CRASHES = 4;

export interface ScenarioOptions {
  /**
   * The container the failure happens to (default: the first app container; for a liveness
   * failure, the first app container with a liveness probe).
   */
  container?: string;
}

/** The moments of `scenario` for this timeline, in order. */
export function playScenario(
  timeline: PodTimeline,
  scenario: Scenario,
  options: ScenarioOptions = {},
): ScenarioStep[] {
  switch (scenario) {
    case 'start':
      return playStart(timeline);
    case 'oom':
      return playOom(timeline, options.container);
    case 'liveness-failure':
      return playLivenessFailure(timeline, options.container);
    case 'deletion':
      return playDeletion(timeline);
  }
}

function playStart(t: PodTimeline): ScenarioStep[] {
  const p = new Player(t, () => 'waiting');
  p.at(0, { id: 'scenario.bound' });
  // Stable sort: moments at the same second keep run order.
  const moments = t.containers.flatMap((c) => wayUp(c)).sort((a, b) => a.at - b.at);
  for (const m of moments) p.at(m.at, m.event, m.changes);
  const ready = t.podReady.earliestSeconds;
  p.at(
    ready,
    t.readinessGates.length > 0
      ? { id: 'scenario.podReadyGates', values: { gates: t.readinessGates.join(', ') } }
      : { id: 'scenario.podReady' },
  );
  if (t.job) playJobCompletion(p, t, ready);
  return p.steps;
}

// A Job's pod: the main containers complete, the kubelet stops the sidecars, the pod succeeds.
function playJobCompletion(p: Player, t: PodTimeline, from: number): void {
  const done = from + JOB_RUN_SECONDS;
  for (const c of t.containers.filter((x) => x.role === 'app'))
    p.at(done, { id: 'scenario.mainDone', container: c.name }, { [c.name]: 'exited' }, true);
  const completion = t.job?.completion;
  if (completion) {
    p.at(done, { id: 'scenario.sidecarsStop' }, {}, true);
    playStops(p, completion, done, true);
  }
  p.at(done + (completion ? lastExit(completion) : 0), { id: 'scenario.succeeded' }, {}, true);
}

function playOom(t: PodTimeline, name?: string): ScenarioStep[] {
  const p = new Player(t, steadyState);
  p.at(0, { id: 'scenario.steady' });
  const c = target(t, name);
  if (!c) return p.steps;
  const container = c.name;
  const limit = c.memoryLimit;
  const killed: LifecycleEvent =
    limit === undefined
      ? { id: 'scenario.oomKilledNoLimit', container }
      : { id: 'scenario.oomKilled', container, values: { limit } };
  const upAgain = upAgainAfter(c);
  const total = t.containers.filter(counted).length;
  let now = RUNS_BEFORE_FAILURE_SECONDS;
  for (let crash = 1; crash <= CRASHES; crash++) {
    p.at(now, killed, { [container]: 'exited' }, true);
    if (crash === 1 && counted(c)) p.at(now, { id: 'scenario.podNotReady', container });
    if (!restartsAfterFailure(c)) {
      p.at(now, { id: 'scenario.notRestarted', container, values: { policy: c.restartPolicy } });
      if (t.job)
        p.at(now, { id: 'scenario.jobRetry', values: { backoffLimit: t.job.backoffLimit } });
      return p.steps;
    }
    // The first restart is immediate; every later one waits the next backoff delay.
    const delay =
      crash === 1 ? 0 : t.backoff.delays[Math.min(crash - 2, t.backoff.delays.length - 1)];
    if (crash === CRASHES) {
      p.at(
        now,
        { id: 'scenario.backoff', container, values: { delay, restarts: crash } },
        { [container]: 'waiting' },
      );
      p.at(now, {
        id: 'scenario.oomStatus',
        container,
        values: {
          ready: counted(c) ? total - 1 : total,
          total,
          restarts: crash - 1,
          limit: limit ?? '—',
        },
      });
      return p.steps;
    }
    if (delay === 0)
      p.at(now, { id: 'scenario.restartNow', container, values: { restarts: crash } });
    else
      p.at(
        now,
        { id: 'scenario.backoff', container, values: { delay, restarts: crash } },
        { [container]: 'waiting' },
      );
    now += delay;
    for (const m of upAgain) p.at(now + m.at, m.event, m.changes, true);
    now += Math.max(0, ...upAgain.map((m) => m.at)) + RUNS_BEFORE_FAILURE_SECONDS;
  }
  return p.steps;
}

function restartsAfterFailure(c: ContainerTimeline): boolean {
  return c.restartPolicy === 'Always' || c.restartPolicy === 'OnFailure';
}

function playLivenessFailure(t: PodTimeline, name?: string): ScenarioStep[] {
  const p = new Player(t, steadyState);
  p.at(0, { id: 'scenario.steady' });
  const c = target(t, name, (x) => probeOf(x.probes, 'livenessProbe') !== undefined);
  if (!c) return p.steps;
  const container = c.name;
  const hang = RUNS_BEFORE_FAILURE_SECONDS;
  p.at(hang, { id: 'scenario.hangs', container }, {}, true);
  const liveness = probeOf(c.probes, 'livenessProbe');
  const readiness = probeOf(c.probes, 'readinessProbe');
  const moments: Moment[] = [];
  if (readiness) {
    const seconds = readiness.failureThreshold * readiness.periodSeconds;
    moments.push({
      at: hang + seconds,
      event: {
        id: 'scenario.readinessFails',
        container,
        values: { seconds, failureThreshold: readiness.failureThreshold },
      },
      changes: { [container]: 'running' },
    });
    if (counted(c))
      moments.push({
        at: hang + seconds,
        event: { id: 'scenario.podNotReady', container },
        changes: {},
      });
  }
  if (!liveness) {
    moments.push({ at: hang, event: { id: 'scenario.noLiveness', container }, changes: {} });
    moments.sort((a, b) => a.at - b.at);
    for (const m of moments) p.at(m.at, m.event, m.changes, true);
    return p.steps;
  }
  const seconds = liveness.failureThreshold * liveness.periodSeconds;
  const kill = hang + seconds;
  const grace = liveness.terminationGracePeriodSeconds ?? t.termination.graceSeconds;
  // Readiness that would give up only after liveness has killed the container never gets to:
  // the restart starts its probes over.
  const beforeKill = moments.filter((m) => m.at <= kill);
  moments.length = 0;
  moments.push(...beforeKill);
  moments.push({
    at: kill,
    event: {
      id: 'scenario.livenessKill',
      container,
      values: { seconds, failureThreshold: liveness.failureThreshold, grace },
    },
    changes: { [container]: 'terminating' },
  });
  moments.sort((a, b) => a.at - b.at);
  for (const m of moments) p.at(m.at, m.event, m.changes, true);
  // A process that hangs does not answer SIGTERM either: SIGKILL at the end of the grace period.
  const preStop = c.hooks.find((h) => h.kind === 'preStop')?.seconds ?? 0;
  const gone = kill + Math.max(grace, Math.min(preStop, grace) + 2);
  p.at(gone, { id: 'scenario.exited', container }, { [container]: 'exited' }, true);
  p.at(gone, { id: 'scenario.restartNow', container, values: { restarts: 1 } }, {}, true);
  for (const m of upAgainAfter(c)) p.at(gone + m.at, m.event, m.changes, true);
  return p.steps;
}

function playDeletion(t: PodTimeline): ScenarioStep[] {
  const p = new Player(t, steadyState);
  p.at(0, { id: 'scenario.steady' });
  p.at(0, { id: 'scenario.deleted', values: { grace: t.termination.graceSeconds } });
  playStops(p, t.termination, 0, false);
  p.at(lastExit(t.termination), { id: 'scenario.gone' });
  return p.steps;
}
