// kubectl commands that show on a live cluster what the inspector says, filled in with the
// workload's real names. Command text is shell, not prose: it is not translated.
import type { WorkloadRef } from '../../src/model/types';

// kubectl exec/logs/debug accept TYPE/NAME for these kinds and pick one of their pods.
const POD_OWNERS: Record<string, string> = {
  Deployment: 'deploy',
  StatefulSet: 'sts',
  DaemonSet: 'ds',
  ReplicaSet: 'rs',
  ReplicationController: 'rc',
  Job: 'job',
};

const SAFE = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** A word as a POSIX shell reads it back unchanged: quoted only when it has to be. */
export function shellQuote(word: string): string {
  if (SAFE.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** What kubectl calls the pod: its name, `deploy/NAME` for owners kubectl resolves, else a placeholder. */
export function podArgument(ref: WorkloadRef): string {
  if (ref.kind === 'Pod') return shellQuote(ref.name);
  const short = POD_OWNERS[ref.kind];
  return short ? shellQuote(`${short}/${ref.name}`) : '<pod>';
}

function namespaceFlag(ref: WorkloadRef): string[] {
  return ref.namespace ? ['-n', shellQuote(ref.namespace)] : [];
}

/** `kubectl exec POD -c CONTAINER -- ARGS…` */
export function execCommand(ref: WorkloadRef, container: string, args: readonly string[]): string {
  return [
    'kubectl',
    'exec',
    ...namespaceFlag(ref),
    podArgument(ref),
    '-c',
    shellQuote(container),
    '--',
    ...args.map(shellQuote),
  ].join(' ');
}

/** `kubectl logs POD -c CONTAINER` */
export function logsCommand(ref: WorkloadRef, container: string): string {
  return [
    'kubectl',
    'logs',
    ...namespaceFlag(ref),
    podArgument(ref),
    '-c',
    shellQuote(container),
  ].join(' ');
}

/**
 * `kubectl debug -it POD --image=IMAGE --target=CONTAINER`: a shell in the container's
 * processes. kubectl debug takes pods (and nodes) only, never their owners.
 */
export function debugCommand(ref: WorkloadRef, target: string, image = 'busybox:1.36'): string {
  return [
    'kubectl',
    'debug',
    '-it',
    ...namespaceFlag(ref),
    ref.kind === 'Pod' ? shellQuote(ref.name) : '<pod>',
    `--image=${shellQuote(image)}`,
    `--target=${shellQuote(target)}`,
  ].join(' ');
}

/** `kubectl get pod POD -o jsonpath=…`; owners have no pod name to get, so only Pods get one. */
export function podFieldCommand(ref: WorkloadRef, jsonPath: string): string | undefined {
  if (ref.kind !== 'Pod') return undefined;
  return [
    'kubectl',
    'get',
    'pod',
    ...namespaceFlag(ref),
    shellQuote(ref.name),
    '-o',
    shellQuote(`jsonpath=${jsonPath}`),
  ].join(' ');
}
