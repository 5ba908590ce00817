// Kubernetes' own numbers for the pod over time: API defaults (pkg/apis/core/v1 defaults), the
// kubelet's constants (kuberuntime, prober, the container backoff) and the Job controller's.

/** `terminationGracePeriodSeconds` when the spec leaves it out. */
export const DEFAULT_GRACE_SECONDS = 30;

/** The pod's grace period: as written (the model's integer) when not negative, else the default. */
export function graceSecondsOf(written: number | undefined): number {
  return written !== undefined && written >= 0 ? written : DEFAULT_GRACE_SECONDS;
}

/**
 * The kubelet's minimumGracePeriodInSeconds: when a preStop hook (or a sidecar's wait for its
 * turn) has used up the grace period, the container still gets this long between SIGTERM and
 * SIGKILL.
 */
export const MINIMUM_STOP_SECONDS = 2;

/** Probe fields the API server fills in. */
export const PROBE_DEFAULTS = {
  initialDelaySeconds: 0,
  periodSeconds: 10,
  timeoutSeconds: 1,
  successThreshold: 1,
  failureThreshold: 3,
} as const;

/** CrashLoopBackOff: the first restart is immediate, then 10 s doubling to the node's cap. */
export const BACKOFF_INITIAL_SECONDS = 10;
/** The default cap (a node can lower it: kubelet `crashLoopBackOff.maxContainerRestartPeriod`). */
export const BACKOFF_CAP_SECONDS = 300;
/** A container that runs this long without crashing starts over at the initial delay. */
export const BACKOFF_RESET_SECONDS = 600;

/** A Job's `backoffLimit` when unset. */
export const JOB_BACKOFF_LIMIT = 6;
/** The Job controller's delay before replacing a failed pod: 10 s doubling, at most 10 min. */
export const JOB_POD_BACKOFF_INITIAL_SECONDS = 10;
export const JOB_POD_BACKOFF_CAP_SECONDS = 600;

/** The successive delays from `initial` doubling up to and including `cap`. */
export function doublingDelays(initial: number, cap: number): number[] {
  const out: number[] = [];
  for (let d = initial; ; d *= 2) {
    if (d >= cap) {
      out.push(cap);
      return out;
    }
    out.push(d);
  }
}
