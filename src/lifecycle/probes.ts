// A probe as the kubelet runs it: Kubernetes' defaults filled in, and the window in which it can
// first succeed or gives up (pkg/kubelet/prober/worker.go).
import type { ProbeModel } from '../model/types';
import { PROBE_DEFAULTS } from './defaults';
import type { ProbeTiming } from './types';

export const PROBE_KINDS = ['startupProbe', 'livenessProbe', 'readinessProbe'] as const;

// A value the API server would reject (negative, a string) reads as its default here: the
// invalid-probe and wrong-type rules report it, the timeline stays drawable.
function field(
  written: NonNullable<ProbeModel['timing']>,
  name: keyof typeof PROBE_DEFAULTS,
  min: number,
): number {
  const v = written[name];
  return v !== undefined && v >= min ? v : PROBE_DEFAULTS[name];
}

/**
 * The probes a container has, startup first. `startedAfter` is when its startup probe can
 * first pass (seconds after the container starts; 0 without one): liveness and readiness are
 * off until then, while their initialDelaySeconds counts from the container's start.
 */
export function probeTimings(probes: readonly ProbeModel[]): ProbeTiming[] {
  const out: ProbeTiming[] = [];
  let startedAfter = 0;
  for (const kind of PROBE_KINDS) {
    const probe = probes.find((p) => p.kind === kind);
    if (probe === undefined) continue;
    const written = probe.timing ?? {};
    const p = {
      initialDelaySeconds: field(written, 'initialDelaySeconds', 0),
      periodSeconds: field(written, 'periodSeconds', 1),
      timeoutSeconds: field(written, 'timeoutSeconds', 1),
      // A startup or liveness probe must use 1 (validation); the kubelet counts what is written.
      successThreshold: field(written, 'successThreshold', 1),
      failureThreshold: field(written, 'failureThreshold', 1),
    };
    // The first probe that counts runs once the container has run initialDelaySeconds and, for
    // liveness and readiness, once it has started.
    const first =
      kind === 'startupProbe'
        ? p.initialDelaySeconds
        : Math.max(startedAfter, p.initialDelaySeconds);
    const timing: ProbeTiming = {
      kind,
      ...p,
      firstSuccessAfterStart: first + (p.successThreshold - 1) * p.periodSeconds,
      giveUpAfterStart:
        kind === 'readinessProbe' ? null : first + p.failureThreshold * p.periodSeconds,
    };
    const grace = written.terminationGracePeriodSeconds;
    if (kind !== 'readinessProbe' && grace !== undefined && grace >= 1)
      timing.terminationGracePeriodSeconds = grace;
    if (kind === 'startupProbe') startedAfter = timing.firstSuccessAfterStart;
    out.push(timing);
  }
  return out;
}

/** The probe of one kind, if the container has it. */
export function probeOf(
  probes: readonly ProbeTiming[],
  kind: ProbeTiming['kind'],
): ProbeTiming | undefined {
  return probes.find((p) => p.kind === kind);
}
