// kubectl command lines filled in with a workload's real names. Command text is shell, not
// prose: it is never translated, and every name is quoted so the shell reads it back unchanged.
import type { WorkloadRef } from '../model/types';

// kubectl exec accepts TYPE/NAME for these kinds and picks one of their pods.
const POD_OWNERS: Record<string, string> = {
  Deployment: 'deploy',
  StatefulSet: 'sts',
  DaemonSet: 'ds',
  ReplicaSet: 'rs',
  ReplicationController: 'rc',
  Job: 'job',
};

/** Shown where kubectl needs a pod name the manifest cannot know (kubectl debug of a Deployment). */
export const POD_PLACEHOLDER = '<pod>';

const SAFE = /^[A-Za-z0-9_./:=@%+,-]+$/;

/** A word as a POSIX shell reads it back unchanged: single-quoted only when it has to be. */
export function shellQuote(word: string): string {
  if (SAFE.test(word)) return word;
  return `'${word.replaceAll("'", `'\\''`)}'`;
}

/** What `kubectl exec` calls the pod: its name, `deploy/NAME` for owners it resolves, else `<pod>`. */
export function execTarget(ref: WorkloadRef): string {
  if (ref.kind === 'Pod') return shellQuote(ref.name);
  const short = POD_OWNERS[ref.kind];
  return short && !ref.templateLabel ? shellQuote(`${short}/${ref.name}`) : POD_PLACEHOLDER;
}

function namespaceFlag(ref: WorkloadRef): string[] {
  return ref.namespace ? ['-n', shellQuote(ref.namespace)] : [];
}

/** `kubectl exec [-n NS] POD -c CONTAINER -- ARGS…` */
export function execCommand(ref: WorkloadRef, container: string, args: readonly string[]): string {
  return [
    'kubectl',
    'exec',
    ...namespaceFlag(ref),
    execTarget(ref),
    '-c',
    shellQuote(container),
    '--',
    ...args.map(shellQuote),
  ].join(' ');
}

/**
 * `kubectl debug -it [-n NS] POD --image=IMAGE --target=CONTAINER`: a shell that shares the
 * container's processes. kubectl debug takes pods only, never their owners.
 */
export function debugCommand(ref: WorkloadRef, target: string, image = 'busybox:1.36'): string {
  return [
    'kubectl',
    'debug',
    '-it',
    ...namespaceFlag(ref),
    ref.kind === 'Pod' ? shellQuote(ref.name) : POD_PLACEHOLDER,
    `--image=${shellQuote(image)}`,
    `--target=${shellQuote(target)}`,
  ].join(' ');
}
