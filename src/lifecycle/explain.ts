// Why a pod from `kubectl get pod -o yaml` is or is not Ready, and what to check next: read from
// the status the model keeps (src/model/status.ts), with kubectl commands from the one builder.
import type { ContainerModel, PodConditionModel, PodModel } from '../model/types';
import { describePod, logs, object, type CommandTarget } from '../teach/kubectl';
import { backoffDelay } from './goDuration';
import type { ContainerStatusExplanation, LifecycleEvent, StatusExplanation } from './types';

// Conditions the kubelet and the scheduler own; any other condition a readiness gate may name.
const POD_CONDITIONS: ReadonlySet<string> = new Set([
  'PodScheduled',
  'PodReadyToStartContainers',
  'Initialized',
  'ContainersReady',
  'Ready',
  'DisruptionTarget',
  'PodResizePending',
  'PodResizeInProgress',
]);

const PULL_ERRORS: ReadonlySet<string> = new Set([
  'ImagePullBackOff',
  'ErrImagePull',
  'ErrImageNeverPull',
  'InvalidImageName',
  'RegistryUnavailable',
]);

/** The status explained: READY n/m as kubectl counts it, each container, and what blocks Ready. */
export function explainStatus(model: PodModel): StatusExplanation {
  const target: CommandTarget = { ref: model.workload };
  const counted = model.containers.filter((c) => c.role === 'app' || c.role === 'sidecar');
  const containers = model.containers
    .filter((c) => c.role !== 'ephemeral' && c.status !== undefined)
    .map((c) => explainContainer(c, target));
  const readyContainers = counted.filter((c) => c.status?.ready === true).length;
  const conditions = model.status?.conditions ?? [];
  const readyCondition = conditions.find((c) => c.type === 'Ready');
  const ready =
    readyCondition !== undefined
      ? readyCondition.status === 'True'
      : model.status?.phase === 'Running' && readyContainers === counted.length;
  return {
    phase: model.status?.phase,
    ready,
    readyContainers,
    totalContainers: counted.length,
    containers,
    blockers: blockersOf(model, conditions),
  };
}

function explainContainer(c: ContainerModel, target: CommandTarget): ContainerStatusExplanation {
  const s = c.status!;
  const container = c.name;
  const out: ContainerStatusExplanation = {
    name: container,
    state: s.state === 'running' || s.state === 'terminated' ? s.state : 'waiting',
    restartCount: s.restartCount ?? 0,
    ready: s.ready === true,
    advice: [],
    commands: [],
  };
  if (s.reason !== undefined) out.reason = s.reason;
  if (s.exitCode !== undefined) out.exitCode = s.exitCode;
  if (s.message !== undefined) out.message = s.message;
  if (s.lastTerminationReason !== undefined) out.lastReason = s.lastTerminationReason;
  if (s.lastTerminationExitCode !== undefined) out.lastExitCode = s.lastTerminationExitCode;
  if (s.started !== undefined) out.started = s.started;
  const advice: LifecycleEvent[] = [];
  const commands = new Set<string>();
  const previousLogs = logs(target, container, ['-p']);
  const reason = s.reason ?? '';
  if (s.state === 'waiting') {
    if (reason === 'CrashLoopBackOff') {
      const delay = backoffDelay(s.message);
      if (delay) out.backoffSeconds = delay.seconds;
      advice.push({
        id: 'status.crashLoop',
        container,
        values: { delay: delay?.text ?? '?', restarts: out.restartCount },
      });
      if (previousLogs) commands.add(previousLogs);
    } else if (PULL_ERRORS.has(reason)) {
      advice.push({
        id: 'status.imagePull',
        container,
        values: { image: c.image ?? s.image ?? '?', reason },
      });
      commands.add(describePod(target));
    } else if (reason === 'CreateContainerConfigError') {
      const missing = missingObject(s.message ?? '');
      advice.push(configAdvice(container, missing, s.message ?? ''));
      const get =
        missing && object(target, 'get', missing.kind.toLowerCase(), missing.name, ['-o', 'yaml']);
      if (get) commands.add(get);
      commands.add(describePod(target));
    } else if (reason !== 'PodInitializing' && reason !== 'ContainerCreating') {
      advice.push({
        id: 'status.waiting',
        container,
        values: { reason: reason || 'Waiting', message: s.message ?? '' },
      });
      commands.add(describePod(target));
    }
  } else if (s.state === 'terminated' && reason !== 'Completed') {
    advice.push({
      id: 'status.terminated',
      container,
      values: { reason: reason || 'Error', exitCode: s.exitCode ?? '?' },
    });
    const current = logs(target, container);
    if (current) commands.add(current);
  } else if (s.state === 'running' && s.started === false) {
    advice.push({ id: 'status.notStarted', container });
    commands.add(describePod(target));
  } else if (s.state === 'running' && s.ready === false && c.role !== 'init') {
    advice.push({ id: 'status.notReady', container });
    commands.add(describePod(target));
  }
  const last = lastTermination(c, out);
  if (last) {
    advice.push(last);
    if (previousLogs) commands.add(previousLogs);
  }
  out.advice = advice;
  out.commands = [...commands];
  return out;
}

// What the last run's end says: OOMKilled against the container's own memory limit, or any
// other failure with its exit code.
function lastTermination(
  c: ContainerModel,
  out: ContainerStatusExplanation,
): LifecycleEvent | undefined {
  const container = c.name;
  const restarts = out.restartCount;
  if (out.lastReason === 'OOMKilled') {
    const limit = c.resources.limits.memory;
    return limit === undefined
      ? { id: 'status.oomKilledNoLimit', container, values: { restarts } }
      : { id: 'status.oomKilled', container, values: { limit, restarts } };
  }
  if (out.lastReason !== undefined && out.lastReason !== 'Completed')
    return {
      id: 'status.lastExit',
      container,
      values: { reason: out.lastReason, exitCode: out.lastExitCode ?? '?' },
    };
  return undefined;
}

interface MissingObject {
  kind: 'ConfigMap' | 'Secret';
  name: string;
  key?: string;
}

// The kubelet's words: `couldn't find key KEY in ConfigMap NS/NAME`, `configmap "NAME" not found`,
// `secret "NAME" not found` (and the same for Secrets).
export function missingObject(message: string): MissingObject | undefined {
  const key = /find key (\S+) in (ConfigMap|Secret) (?:[^/\s]+\/)?([^\s/]+)/i.exec(message);
  if (key) return { kind: kindOf(key[2]), name: key[3], key: key[1] };
  const gone = /\b(configmaps?|secrets?) "([^"]+)" not found/i.exec(message);
  if (gone) return { kind: kindOf(gone[1]), name: gone[2] };
  return undefined;
}

function kindOf(word: string): MissingObject['kind'] {
  return word.toLowerCase().startsWith('configmap') ? 'ConfigMap' : 'Secret';
}

function configAdvice(
  container: string,
  missing: MissingObject | undefined,
  message: string,
): LifecycleEvent {
  if (!missing) return { id: 'status.configError', container, values: { message } };
  const { kind, name, key } = missing;
  return key === undefined
    ? { id: 'status.configObjectMissing', container, values: { kind, name } }
    : { id: 'status.configKeyMissing', container, values: { kind, name, key } };
}

// Why the pod is not Ready beyond its containers: scheduling, init, readiness gates, its reason.
function blockersOf(model: PodModel, conditions: readonly PodConditionModel[]): LifecycleEvent[] {
  const out: LifecycleEvent[] = [];
  const status = model.status;
  if (status?.reason !== undefined)
    out.push({
      id: 'status.podReason',
      values: { reason: status.reason, message: status.message ?? '' },
    });
  for (const c of conditions) {
    if (c.status === 'True') continue;
    if (c.type === 'PodScheduled')
      out.push({ id: 'status.unschedulable', values: { message: c.message ?? c.reason ?? '' } });
    else if (c.type === 'Initialized')
      out.push({ id: 'status.notInitialized', values: { message: c.message ?? c.reason ?? '' } });
    else if (!POD_CONDITIONS.has(c.type))
      out.push({
        id: 'status.readinessGate',
        values: { gate: c.type, status: c.status ?? 'Unknown' },
      });
  }
  // A gate whose condition nobody has set yet appears only in the Ready condition's message.
  const ready = conditions.find((c) => c.type === 'Ready');
  if (ready?.reason === 'ReadinessGatesNotReady') {
    for (const [, gate] of (ready.message ?? '').matchAll(
      /readiness gate "([^"]+)" does not exist/g,
    ))
      out.push({ id: 'status.readinessGateMissing', values: { gate } });
  }
  return out;
}
