// `kubectl get pod -o yaml` status → each container's state, last termination, readiness and
// restarts, and the pod's phase and conditions: what the status explainer and the cards read.
import type { FieldPath } from '../types';
import type {
  ContainerModel,
  ContainerStatusModel,
  PodConditionModel,
  PodStatusModel,
} from './types';
import { int, isObj, list, obj, str, bool } from './values';

const STATUS_LISTS = [
  ['initContainerStatuses', 'initContainers'],
  ['containerStatuses', 'containers'],
  ['ephemeralContainerStatuses', 'ephemeralContainers'],
] as const;

/** Reads pod status and attaches container statuses to their containers (mutates them). */
export function buildStatus(
  raw: unknown,
  path: FieldPath,
  containers: ContainerModel[],
): PodStatusModel | undefined {
  if (!isObj(raw) || Object.keys(raw).length === 0) return undefined;
  for (const [field, from] of STATUS_LISTS) {
    list(raw[field]).forEach((entry, i) => {
      const s = obj(entry);
      const c = containers.find((x) => x.list === from && x.name === str(s.name));
      if (c) c.status = containerStatus(s, [...path, field, i]);
    });
  }
  const status: PodStatusModel = {
    phase: str(raw.phase),
    podIP: str(raw.podIP),
    hostIP: str(raw.hostIP),
    qosClass: str(raw.qosClass),
    path,
  };
  const reason = str(raw.reason);
  const message = str(raw.message);
  if (reason !== undefined) status.reason = reason;
  if (message !== undefined) status.message = message;
  const conditions = list(raw.conditions).flatMap(condition);
  if (conditions.length > 0) status.conditions = conditions;
  return status;
}

function containerStatus(s: Record<string, unknown>, path: FieldPath): ContainerStatusModel {
  const state = obj(s.state);
  const key = Object.keys(state)[0];
  const now = obj(state[key ?? '']);
  const last = obj(obj(s.lastState).terminated);
  const out: ContainerStatusModel = {
    restartCount: int(s.restartCount),
    ready: bool(s.ready),
    state: key,
    lastTerminationReason: str(last.reason),
    lastTerminationExitCode: int(last.exitCode),
    path,
  };
  // Only the fields a status has: thousands of pods in one input stay compact.
  const optional: Partial<ContainerStatusModel> = {
    reason: str(now.reason),
    message: str(now.message),
    exitCode: key === 'terminated' ? int(now.exitCode) : undefined,
    startedAt: key === 'running' ? str(now.startedAt) : undefined,
    started: bool(s.started),
    lastTerminationMessage: str(last.message),
    image: str(s.image),
  };
  for (const [k, v] of Object.entries(optional))
    if (v !== undefined) (out as unknown as Record<string, unknown>)[k] = v;
  return out;
}

function condition(entry: unknown): PodConditionModel[] {
  const c = obj(entry);
  const type = str(c.type);
  if (type === undefined) return [];
  const out: PodConditionModel = { type };
  const status = str(c.status);
  const reason = str(c.reason);
  const message = str(c.message);
  if (status !== undefined) out.status = status;
  if (reason !== undefined) out.reason = reason;
  if (message !== undefined) out.message = message;
  return [out];
}
