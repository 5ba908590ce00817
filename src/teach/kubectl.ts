// kubectl command lines filled in with the workload's real names, every name shell-quoted: the
// one builder behind the page's lessons and the review report. A builder returns undefined when
// the command cannot apply (no container to run it in).
import type { WorkloadRef } from '../model/types';
import { execTarget, POD_PLACEHOLDER, shellQuote } from './shell';

export { POD_PLACEHOLDER, shellQuote };

/** What a command is run against: the workload as the manifest names it (a lesson's scene is one). */
export interface CommandTarget {
  readonly ref: WorkloadRef;
}

/**
 * The image the debug commands start: small, with ipcs, hostname, ps, ip, netstat and wget,
 * so a debug container works next to any image, distroless included.
 */
export const DEBUG_IMAGE = 'busybox:1.36';
/** The image for network debugging (curl, ss, tcptraceroute, nstat), as in the source article. */
export const NET_IMAGE = 'nicolaka/netshoot';

/** The manifest file the dry-run commands read. */
export const MANIFEST_FILE = 'manifest.yaml';

function ns(ref: WorkloadRef): string[] {
  return ref.namespace ? ['-n', shellQuote(ref.namespace)] : [];
}

/** A filled-in command line; undefined only when there may be no container to run it in. */
export type CommandFor<C extends string | undefined> = C extends string
  ? string
  : string | undefined;

const join = (words: readonly (string | false | undefined)[]): string =>
  words.filter((w): w is string => typeof w === 'string' && w !== '').join(' ');

/** The pod's own name; only a Pod has one in the manifest. */
export function podName(ref: WorkloadRef): string {
  return ref.kind === 'Pod' ? shellQuote(ref.name) : POD_PLACEHOLDER;
}

/** `kubectl exec POD -c CONTAINER -- ARGS…`; owners kubectl resolves (deploy/NAME) work too. */
export function exec<C extends string | undefined>(
  s: CommandTarget,
  container: C,
  args: readonly string[],
  interactive = false,
): CommandFor<C> {
  if (container === undefined) return undefined as CommandFor<C>;
  return join([
    'kubectl',
    'exec',
    interactive && '-it',
    ...ns(s.ref),
    execTarget(s.ref),
    '-c',
    shellQuote(container),
    '--',
    ...args.map(shellQuote),
  ]);
}

/** `kubectl logs POD -c CONTAINER [FLAGS]` */
export function logs(
  s: CommandTarget,
  container: string | undefined,
  flags: readonly string[] = [],
) {
  if (container === undefined) return undefined;
  return join([
    'kubectl',
    'logs',
    ...ns(s.ref),
    execTarget(s.ref),
    '-c',
    shellQuote(container),
    ...flags,
  ]);
}

/** `kubectl debug -it POD --image=IMAGE --target=CONTAINER [-- ARGS…]`: pods only, never owners. */
export function debug<C extends string | undefined>(
  s: CommandTarget,
  target: C,
  image = DEBUG_IMAGE,
  args: readonly string[] = [],
): CommandFor<C> {
  if (target === undefined) return undefined as CommandFor<C>;
  return join([
    'kubectl',
    'debug',
    '-it',
    ...ns(s.ref),
    podName(s.ref),
    `--image=${shellQuote(image)}`,
    `--target=${shellQuote(target)}`,
    args.length > 0 && '--',
    ...args.map(shellQuote),
  ]);
}

/** `kubectl get pod POD -o jsonpath=…` */
export function podField(s: CommandTarget, jsonPath: string): string {
  return join([
    'kubectl',
    'get',
    'pod',
    ...ns(s.ref),
    podName(s.ref),
    '-o',
    shellQuote(`jsonpath=${jsonPath}`),
  ]);
}

/** `kubectl get pod POD -o wide`: status, restarts, pod IP and node. */
export function podWide(s: CommandTarget): string {
  return join(['kubectl', 'get', 'pod', ...ns(s.ref), podName(s.ref), '-o', 'wide']);
}

/** `kubectl describe pod POD`: states, last termination reasons, events. */
export function describePod(s: CommandTarget): string {
  return join(['kubectl', 'describe', 'pod', ...ns(s.ref), podName(s.ref)]);
}

/** `kubectl top pod POD --containers`: live usage per container (needs metrics-server). */
export function topPod(s: CommandTarget): string {
  return join(['kubectl', 'top', 'pod', ...ns(s.ref), podName(s.ref), '--containers']);
}

/** The pod's events, newest last. */
export function podEvents(s: CommandTarget): string {
  return join([
    'kubectl',
    'get',
    'events',
    ...ns(s.ref),
    '--field-selector',
    shellQuote(`involvedObject.name=${s.ref.kind === 'Pod' ? s.ref.name : POD_PLACEHOLDER}`),
  ]);
}

/** `kubectl get|describe KIND NAME [FLAGS]` for an object the pod refers to. */
export function object(
  s: CommandTarget,
  verb: 'get' | 'describe',
  kind: string,
  name: string | undefined,
  flags: readonly string[] = [],
) {
  if (name === undefined) return undefined;
  return join(['kubectl', verb, kind, ...ns(s.ref), shellQuote(name), ...flags]);
}

/** The verdict on the manifest without creating anything: the API server's, or kubectl's own. */
export function dryRun(
  s: CommandTarget,
  opts: { strict?: boolean; client?: boolean } = {},
): string {
  return join([
    'kubectl',
    'apply',
    ...ns(s.ref),
    opts.client ? '--dry-run=client' : '--dry-run=server',
    opts.strict && '--validate=strict',
    '-f',
    MANIFEST_FILE,
  ]);
}

/** `kubectl get KIND`: every object of a kind (cluster-scoped kinds such as csidriver). */
export function listAll(kind: string): string {
  return join(['kubectl', 'get', shellQuote(kind)]);
}

/** `kubectl explain RESOURCE.FIELD…`: the schema of a field. */
export function explain(field: string): string {
  return join(['kubectl', 'explain', shellQuote(field)]);
}

/** `kubectl get nodes` with one column: how much of an extended resource each node offers. */
export function nodeAllocatable(resource: string): string {
  const column = `custom-columns=NODE:.metadata.name,ALLOCATABLE:.status.allocatable.${resource.replaceAll('.', '\\.')}`;
  return join(['kubectl', 'get', 'nodes', '-o', shellQuote(column)]);
}

/** Which pods of the namespace a Pod Security level would reject: a server-side dry run. */
export function podSecurityDryRun(namespace: string | undefined, level: string): string {
  return join([
    'kubectl',
    'label',
    '--dry-run=server',
    '--overwrite',
    'ns',
    shellQuote(namespace ?? 'default'),
    shellQuote(`pod-security.kubernetes.io/enforce=${level}`),
  ]);
}

/** A workload that is not a Pod: list its pods, to put one's name in place of `<pod>`. */
export function findPods(ref: WorkloadRef): string {
  return `kubectl get pods ${ns(ref).join(' ')}${ref.namespace ? ' ' : ''}-o wide | grep ${shellQuote(ref.name)}`;
}

/** A Service's name where a lesson cannot know it (the scene is a workload). */
export const SERVICE_PLACEHOLDER = '<service>';

/** A Service's EndpointSlices: which pods and port numbers it found. */
export function serviceEndpoints(s: CommandTarget & { service?: string }, wide = false): string {
  return join([
    'kubectl',
    'get',
    'endpointslices',
    ...ns(s.ref),
    '-l',
    s.service === undefined
      ? `kubernetes.io/service-name=${SERVICE_PLACEHOLDER}`
      : shellQuote(`kubernetes.io/service-name=${s.service}`),
    wide && '-o',
    wide && 'yaml',
  ]);
}

/** The workload's pods with their labels, to compare with a Service's selector. */
export function podLabels(s: CommandTarget): string {
  return join(['kubectl', 'get', 'pods', ...ns(s.ref), '--show-labels']);
}
