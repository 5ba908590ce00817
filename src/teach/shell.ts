// The words of a kubectl command line that name the workload. Command text is shell, not prose:
// it is never translated, and every name is quoted so the shell reads it back unchanged.
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
