// Whether a container's status (from `kubectl get pod -o yaml`, explained by the engine) turns
// its card red: it waits for something other than its routine start, or it failed.
import type { ContainerStatusExplanation } from '../../src/lifecycle/types';

// Waits every container goes through on its way up: not a failure.
const ROUTINE_WAITS: ReadonlySet<string | undefined> = new Set([
  undefined,
  'ContainerCreating',
  'PodInitializing',
]);

/** Waiting for a reason other than the routine ones, or stopped with a failure: a red card. */
export function inTrouble(s: ContainerStatusExplanation | undefined): boolean {
  if (s === undefined) return false;
  if (s.state === 'waiting') return !ROUTINE_WAITS.has(s.reason);
  return s.state === 'terminated' && s.exitCode !== 0;
}
