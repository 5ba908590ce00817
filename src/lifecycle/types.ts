// The pod over time: what the kubelet does from the first init container to the last SIGKILL,
// computed from the manifest alone (and, for `kubectl get pod -o yaml` input, from its status).
// Times are seconds from the moment the pod is bound to a node; durations the manifest cannot
// know (image pulls, an init container's own run time) count as instant for `earliestSeconds`
// and unbounded (`null`) for `latestSeconds`.
import type { ContainerRole, HookModel, RestartRuleModel } from '../model/types';

/** The state a container is in at one moment, as the page draws it (CONTRACT `data-state`). */
export type ContainerState =
  'waiting' | 'starting' | 'running' | 'ready' | 'terminating' | 'exited';

export interface TimeRange {
  earliestSeconds: number;
  /** `null` when nothing in the manifest bounds it. */
  latestSeconds: number | null;
}

/** One probe with Kubernetes' defaults filled in, and the window it decides in. */
export interface ProbeTiming {
  kind: 'startupProbe' | 'livenessProbe' | 'readinessProbe';
  initialDelaySeconds: number;
  periodSeconds: number;
  timeoutSeconds: number;
  failureThreshold: number;
  successThreshold: number;
  /**
   * Seconds after the container starts: first moment the probe can succeed (liveness and
   * readiness run only once the startup probe has passed; their initialDelaySeconds counts from
   * the container's start).
   */
  firstSuccessAfterStart: number;
  /**
   * Seconds after the container starts: the latest it keeps failing, from its first probe on,
   * before the kubelet acts (startup/liveness: kill and restart; readiness: stays not Ready, so
   * `null`).
   */
  giveUpAfterStart: number | null;
  /** startup/liveness: the probe's own grace period for the kill it causes, when written. */
  terminationGracePeriodSeconds?: number;
}

/**
 * A lifecycle hook and how long it may take, when the manifest says: `kind` (postStart,
 * preStop), `handler` (exec, httpGet, tcpSocket, sleep) and `seconds` (a `sleep` action, or an
 * exec that is only `sleep N`; else undefined), as the pod model reads it.
 */
export type HookTiming = HookModel;

/** What a container waits for before it starts: the entries of `startsAfter`, with why. */
export interface StartDependency {
  container: string;
  /**
   * exited: a regular init container exited 0; started: a sidecar started; postStart: the hook of
   * the container before it finished.
   */
  until: 'exited' | 'started' | 'postStart';
}

/** A container restart rule (`restartPolicyRules`): an action when the exit code matches. */
export type RestartRule = RestartRuleModel;

export interface ContainerTimeline {
  name: string;
  role: ContainerRole;
  /** Position in start order (the graph model's runOrder). */
  runOrder: number;
  /** Containers that must have exited (init) or started (sidecars, postStart) before this one starts. */
  startsAfter: string[];
  /** `startsAfter` with the reason for each. */
  waitsFor: StartDependency[];
  /** When its process starts. */
  running: TimeRange;
  /** When it counts as started (startupProbe succeeded; `running` when it has none). */
  started: TimeRange;
  /** When it can first be Ready (app containers and sidecars); undefined for regular init containers. */
  ready?: TimeRange;
  /** Regular init containers: when they exit (0) at the earliest / latest. */
  exited?: TimeRange;
  probes: ProbeTiming[];
  hooks: HookTiming[];
  /**
   * Effective restart policy of this container: its own `restartPolicy`, else the pod's (a
   * regular init container under a pod's `Always` restarts only on failure: `OnFailure`).
   */
  restartPolicy: string;
  /** Its `restartPolicyRules`, when written (checked before `restartPolicy`). */
  restartRules?: RestartRule[];
  /** Its memory limit as written (what an OOM kill is measured against). */
  memoryLimit?: string;
  /** What to know about this container over time (probe windows, hooks, order), as events. */
  notes: LifecycleEvent[];
}

/** One step of the termination sequence, in seconds after the pod is deleted. */
export interface TerminationStep {
  containers: string[];
  /** preStop starts (or SIGTERM, when there is no preStop). */
  startsAtSeconds: number;
  /** When SIGTERM is sent, when known. */
  sigtermAtSeconds?: number;
  /** SIGKILL deadline for these containers. */
  sigkillAtSeconds: number;
}

/** One container's way out, in seconds after the pod is deleted. */
export interface ContainerTermination {
  name: string;
  /** Its preStop hook: it starts at once for every container, sidecars included. */
  preStop?: { handler: string; seconds?: number; endsBy: number };
  /** SIGTERM: earliest (hooks that end at once, processes that exit at once) and latest. */
  sigterm: TimeRange;
  /** The latest SIGKILL: the grace period, or later when the 2 s minimum applies. */
  sigkillAtSeconds: number;
  /** When the preStop's duration is known: how long the process has between SIGTERM and SIGKILL. */
  secondsAfterSigterm?: number;
  /** Seconds past the grace period that the kubelet's 2 s minimum adds, when it applies. */
  extraSeconds?: number;
}

export interface TerminationTimeline {
  graceSeconds: number;
  /** Groups stopped together, first group first: app containers, then sidecars in reverse order. */
  stopOrder: string[][];
  steps: TerminationStep[];
  /** Each container's termination, in stop order. */
  containers: ContainerTermination[];
  notes: LifecycleEvent[];
}

/** CrashLoopBackOff: the kubelet's restart delays. */
export interface BackoffTiming {
  initialSeconds: number;
  /** The default cap; a node setting can change it. */
  capSeconds: number;
  /** A container that runs this long resets its backoff. */
  resetAfterSeconds: number;
  /** The successive delays until the cap: 10, 20, 40, …, 300. */
  delays: number[];
}

export interface JobTiming {
  backoffLimit: number;
  activeDeadlineSeconds?: number;
  /** True when the pod has native sidecars: they are stopped once the main containers complete. */
  sidecarsStopAfterMain: boolean;
  /** The Job controller's delays before it replaces a failed pod: 10 s doubling to 10 min. */
  podBackoffDelays: number[];
  /**
   * Once every main container has completed: the sidecars stopped in reverse order, as in
   * termination, seconds counted from that moment.
   */
  completion?: TerminationTimeline;
}

export interface PodTimeline {
  workload: { document: number; kind: string; name: string };
  /** In run order. */
  containers: ContainerTimeline[];
  podReady: TimeRange;
  readinessGates: string[];
  restartPolicy: string;
  backoff: BackoffTiming;
  job?: JobTiming;
  termination: TerminationTimeline;
  /** What to know about the pod over time (readiness gates, Job limits, assumptions), as events. */
  notes: LifecycleEvent[];
}

/** What the page plays and the CLI prints: a scenario as a sequence of moments. */
export type Scenario = 'start' | 'oom' | 'liveness-failure' | 'deletion';

/** A moment of a scenario: every container's state and what happened, in seconds from its start. */
export interface ScenarioStep {
  atSeconds: number;
  states: Record<string, ContainerState>;
  /** What happens at this moment, as a message id and values (texts in both languages). */
  event: LifecycleEvent;
  /**
   * True when the moment is an illustration rather than a consequence of the manifest (how long
   * a process runs before it fails, for example): the page may space such steps freely.
   */
  assumed?: boolean;
}

export interface LifecycleEvent {
  id: string;
  container?: string;
  values?: Record<string, string | number>;
}

/** Why a pod from `kubectl get pod -o yaml` is or is not Ready, and what to check next. */
export interface StatusExplanation {
  phase?: string;
  ready: boolean;
  readyContainers: number;
  /** App containers and native sidecars (what READY n/m counts). */
  totalContainers: number;
  containers: ContainerStatusExplanation[];
  /** Pod conditions that are not True, readiness gates not met. */
  blockers: LifecycleEvent[];
}

export interface ContainerStatusExplanation {
  name: string;
  state: 'waiting' | 'running' | 'terminated';
  /** waiting/terminated reason: CrashLoopBackOff, ImagePullBackOff, OOMKilled, Completed… */
  reason?: string;
  exitCode?: number;
  message?: string;
  lastReason?: string;
  lastExitCode?: number;
  restartCount: number;
  ready: boolean;
  started?: boolean;
  /** Current backoff delay read from the waiting message ("back-off 2m40s"), in seconds. */
  backoffSeconds?: number;
  /** What is wrong and what to check next (texts in both languages). */
  advice: LifecycleEvent[];
  /** kubectl commands with the real names (e.g. `kubectl logs -p pod -c app`). */
  commands: string[];
}
