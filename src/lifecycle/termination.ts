// The way out, as the kubelet's container termination runs it (kuberuntime termination and
// termination ordering): at deletion every container's preStop hook starts at once; each
// container then waits for its turn (app containers at once; a sidecar until the app containers
// and the sidecars declared after it have exited), all within the grace period counted from the
// deletion; then SIGTERM, and SIGKILL when the grace period is over, but never sooner than 2 s
// after SIGTERM (the kubelet's minimum, which can push SIGKILL past the grace period).
import { MINIMUM_STOP_SECONDS } from './defaults';
import { hookOf } from './hooks';
import type {
  ContainerTermination,
  ContainerTimeline,
  LifecycleEvent,
  TerminationStep,
  TerminationTimeline,
  TimeRange,
} from './types';

interface Exit {
  termination: ContainerTermination;
  /** When its process is gone: at SIGTERM at the earliest, at SIGKILL at the latest. */
  exited: TimeRange;
}

/** The termination of the pod's app containers and sidecars under `graceSeconds`. */
export function terminationOf(
  containers: readonly ContainerTimeline[],
  graceSeconds: number,
): TerminationTimeline {
  const apps = containers.filter((c) => c.role === 'app');
  const sidecars = containers.filter((c) => c.role === 'sidecar');
  return stopInOrder(apps, sidecars, graceSeconds);
}

/** App containers first, together; then the sidecars one by one, last declared first. */
export function stopInOrder(
  apps: readonly ContainerTimeline[],
  sidecars: readonly ContainerTimeline[],
  grace: number,
): TerminationTimeline {
  const stopOrder: string[][] = [];
  if (apps.length > 0) stopOrder.push(apps.map((c) => c.name));
  for (const s of [...sidecars].reverse()) stopOrder.push([s.name]);
  const exits = new Map<string, Exit>();
  for (const c of apps) exits.set(c.name, stop(c, grace, { earliestSeconds: 0, latestSeconds: 0 }));
  let before = [...exits.values()].map((e) => e.exited);
  for (const s of [...sidecars].reverse()) {
    const turn = {
      earliestSeconds: Math.max(0, ...before.map((r) => r.earliestSeconds)),
      latestSeconds: Math.max(0, ...before.map((r) => r.latestSeconds ?? grace)),
    };
    const exit = stop(s, grace, turn);
    exits.set(s.name, exit);
    before = [...before, exit.exited];
  }
  const ordered = stopOrder.flat().map((name) => exits.get(name)!.termination);
  return {
    graceSeconds: grace,
    stopOrder,
    steps: stopOrder.map((group) => stepOf(group.map((n) => exits.get(n)!.termination))),
    containers: ordered,
    notes: notesOf(ordered, sidecars, grace),
  };
}

// One container: preStop from the moment of deletion, then its turn, then SIGTERM with what is
// left of the grace period (at least 2 s).
function stop(c: ContainerTimeline, grace: number, turn: TimeRange): Exit {
  const hook = hookOf(c.hooks, 'preStop');
  // A hook of unknown length ends at once at best and runs out the grace period at worst.
  const hookEarliest = hook ? Math.min(hook.seconds ?? 0, grace) : 0;
  const hookLatest = hook ? Math.min(hook.seconds ?? grace, grace) : 0;
  // Waiting for its turn is bounded by the grace period too.
  const sigterm: TimeRange = {
    earliestSeconds: Math.max(hookEarliest, Math.min(turn.earliestSeconds, grace)),
    latestSeconds: Math.max(hookLatest, Math.min(turn.latestSeconds ?? grace, grace)),
  };
  const latestSigterm = sigterm.latestSeconds ?? grace;
  const sigkill = latestSigterm + Math.max(grace - latestSigterm, MINIMUM_STOP_SECONDS);
  const termination: ContainerTermination = {
    name: c.name,
    sigterm,
    sigkillAtSeconds: sigkill,
  };
  if (hook) {
    termination.preStop = { handler: hook.handler, endsBy: hookLatest };
    if (hook.seconds !== undefined) termination.preStop.seconds = hook.seconds;
  }
  // The time left after SIGTERM is known when SIGTERM's moment is.
  if (sigterm.earliestSeconds === sigterm.latestSeconds)
    termination.secondsAfterSigterm = sigkill - latestSigterm;
  if (sigkill > grace) termination.extraSeconds = sigkill - grace;
  return {
    termination,
    exited: { earliestSeconds: sigterm.earliestSeconds, latestSeconds: sigkill },
  };
}

function stepOf(group: readonly ContainerTermination[]): TerminationStep {
  const sigterms = group.map((t) => t.sigterm);
  const known =
    sigterms.every((r) => r.earliestSeconds === r.latestSeconds) &&
    new Set(sigterms.map((r) => r.earliestSeconds)).size === 1;
  const step: TerminationStep = {
    containers: group.map((t) => t.name),
    startsAtSeconds: Math.min(...group.map((t) => (t.preStop ? 0 : t.sigterm.earliestSeconds))),
    sigkillAtSeconds: Math.max(...group.map((t) => t.sigkillAtSeconds)),
  };
  if (known) step.sigtermAtSeconds = sigterms[0].earliestSeconds;
  return step;
}

function notesOf(
  ordered: readonly ContainerTermination[],
  sidecars: readonly ContainerTimeline[],
  grace: number,
): LifecycleEvent[] {
  const notes: LifecycleEvent[] = [{ id: 'termination.grace', values: { grace } }];
  const sidecarNames = new Set(sidecars.map((s) => s.name));
  for (const t of ordered) {
    const container = t.name;
    const sidecar = sidecarNames.has(container);
    // A sidecar's preStop runs from the deletion on, while the app containers still run.
    if (sidecar && t.preStop)
      notes.push({
        id: 'termination.sidecarPreStopAtOnce',
        container,
        values: { handler: t.preStop.handler },
      });
    else if (t.preStop?.seconds !== undefined)
      notes.push({
        id: 'termination.preStopKnown',
        container,
        values: {
          seconds: t.preStop.seconds,
          sigterm: t.sigterm.latestSeconds ?? grace,
          left: t.secondsAfterSigterm ?? t.sigkillAtSeconds - (t.sigterm.latestSeconds ?? grace),
          sigkill: t.sigkillAtSeconds,
        },
      });
    else if (t.preStop)
      notes.push({
        id: 'termination.preStopUnknown',
        container,
        values: { handler: t.preStop.handler, grace },
      });
    if (sidecar && ordered.length > 1)
      notes.push({
        id: 'termination.sidecarWaits',
        container,
        values: { grace, sigkill: t.sigkillAtSeconds },
      });
    else if (t.extraSeconds !== undefined)
      notes.push({
        id: 'termination.extra',
        container,
        values: { extra: t.extraSeconds, sigkill: t.sigkillAtSeconds, grace },
      });
  }
  return notes;
}
