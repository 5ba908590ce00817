// `kubectl get pod -o yaml` status → restart counts, last termination reasons, QoS, pod IP.
import type { FieldPath } from '../types';
import type { ContainerModel, PodStatusModel } from './types';
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
      if (!c) return;
      const last = obj(obj(s.lastState).terminated);
      c.status = {
        restartCount: int(s.restartCount),
        ready: bool(s.ready),
        state: Object.keys(obj(s.state))[0],
        lastTerminationReason: str(last.reason),
        lastTerminationExitCode: int(last.exitCode),
        path: [...path, field, i],
      };
    });
  }
  return {
    phase: str(raw.phase),
    podIP: str(raw.podIP),
    hostIP: str(raw.hostIP),
    qosClass: str(raw.qosClass),
    path,
  };
}
