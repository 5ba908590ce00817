// The pod over time, from the pod model an analysis built (`result.workloads[i].model`): start
// order and times, probe windows, when the pod can be Ready, restarts, Job limits and the
// termination sequence. The model carries what the spec says about them (probe timings, hooks,
// restart rules, the grace period, readiness gates, the Job's limits): nothing is parsed again.
import type { JobModel, PodModel } from '../model/types';
import {
  BACKOFF_CAP_SECONDS,
  BACKOFF_INITIAL_SECONDS,
  BACKOFF_RESET_SECONDS,
  doublingDelays,
  graceSecondsOf,
  JOB_BACKOFF_LIMIT,
  JOB_POD_BACKOFF_CAP_SECONDS,
  JOB_POD_BACKOFF_INITIAL_SECONDS,
} from './defaults';
import { allOf } from './range';
import { startupTimelines } from './startup';
import { stopInOrder, terminationOf } from './termination';
import type { ContainerTimeline, JobTiming, LifecycleEvent, PodTimeline } from './types';

/** The timeline of one pod model (an analysis result's `workloads[i].model`). */
export function buildTimeline(model: PodModel): PodTimeline {
  const { workload } = model;
  const grace = graceSecondsOf(model.terminationGracePeriodSeconds);
  const containers = startupTimelines(model.containers, model.restartPolicy);
  const readinessGates = model.readinessGates ? [...model.readinessGates] : [];
  const serving = containers.filter((c) => c.role === 'app' || c.role === 'sidecar');
  const ready = allOf(serving.map((c) => c.ready!));
  const podReady = {
    earliestSeconds: ready.earliestSeconds,
    // Another controller sets a readiness gate's condition, whenever it does.
    latestSeconds: readinessGates.length > 0 || serving.length === 0 ? null : ready.latestSeconds,
  };
  const timeline: PodTimeline = {
    workload: { document: workload.document, kind: workload.kind, name: workload.name },
    containers,
    podReady,
    readinessGates,
    restartPolicy: model.restartPolicy,
    backoff: {
      initialSeconds: BACKOFF_INITIAL_SECONDS,
      capSeconds: BACKOFF_CAP_SECONDS,
      resetAfterSeconds: BACKOFF_RESET_SECONDS,
      delays: doublingDelays(BACKOFF_INITIAL_SECONDS, BACKOFF_CAP_SECONDS),
    },
    termination: terminationOf(containers, grace),
    notes: [],
  };
  if (model.job) timeline.job = jobTiming(containers, model.job, grace);
  timeline.notes = podNotes(timeline);
  return timeline;
}

function jobTiming(
  containers: readonly ContainerTimeline[],
  spec: JobModel,
  grace: number,
): JobTiming {
  // A main container's run is its own business: done at once at best, never for sure.
  for (const c of containers)
    if (c.role === 'app')
      c.exited = { earliestSeconds: c.running.earliestSeconds, latestSeconds: null };
  const sidecars = containers.filter((c) => c.role === 'sidecar');
  const job: JobTiming = {
    backoffLimit: nonNegative(spec.backoffLimit) ?? JOB_BACKOFF_LIMIT,
    sidecarsStopAfterMain: sidecars.length > 0,
    podBackoffDelays: doublingDelays(JOB_POD_BACKOFF_INITIAL_SECONDS, JOB_POD_BACKOFF_CAP_SECONDS),
  };
  const deadline = spec.activeDeadlineSeconds;
  if (deadline !== undefined && deadline > 0) job.activeDeadlineSeconds = deadline;
  if (sidecars.length > 0) job.completion = stopInOrder([], sidecars, grace);
  return job;
}

function podNotes(t: PodTimeline): LifecycleEvent[] {
  const notes: LifecycleEvent[] = [{ id: 'timeline.imagesPresent' }];
  const ready = t.podReady;
  if (t.readinessGates.length > 0)
    notes.push({
      id: 'pod.readinessGates',
      values: { gates: t.readinessGates.join(', '), seconds: ready.earliestSeconds },
    });
  else if (ready.latestSeconds === null)
    notes.push({ id: 'pod.readyFrom', values: { seconds: ready.earliestSeconds } });
  else
    notes.push({
      id: 'pod.readyBetween',
      values: { seconds: ready.earliestSeconds, latest: ready.latestSeconds },
    });
  notes.push({ id: 'restart.backoff', values: { delays: t.backoff.delays.join(', ') } });
  const job = t.job;
  if (job) {
    notes.push({
      id: 'job.backoffLimit',
      values: { backoffLimit: job.backoffLimit, restartPolicy: t.restartPolicy },
    });
    if (job.activeDeadlineSeconds !== undefined)
      notes.push({ id: 'job.activeDeadline', values: { seconds: job.activeDeadlineSeconds } });
    if (job.completion)
      notes.push({
        id: 'job.sidecarsStop',
        values: { sidecars: job.completion.stopOrder.flat().join(', ') },
      });
  }
  return notes;
}

function nonNegative(n: number | undefined): number | undefined {
  return n !== undefined && n >= 0 ? n : undefined;
}
