// Every user-visible string of the side panels (findings, inspector, status line, picker), in
// one module so that a translation replaces one file. Builders take values, never markup.
import type { QosClass } from '../../src/k8s/qos';
import type { ContainerRole, NamespaceName } from '../../src/model/types';
import type { Severity } from '../../src/types';

/** `1 error`, `2 errors`: English plurals for counts. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const severityText: Record<Severity, { label: string; group: string }> = {
  error: { label: 'error', group: 'Errors' },
  warning: { label: 'warning', group: 'Warnings' },
  info: { label: 'info', group: 'Info' },
};

export const findingsText = {
  heading: 'Findings',
  listLabel: 'Findings, grouped by severity',
  empty: 'No findings — every rule passes for this input.',
  suppressed: (reason?: string): string =>
    reason ? `suppressed: ${reason}` : 'suppressed (no reason given)',
  suppressedCount: (n: number): string => `${n} suppressed`,
  location: (line: number, column: number): string => `${line}:${column}`,
  locationLabel: (line: number, column: number): string => `line ${line}, column ${column}`,
};

export const roleText: Record<ContainerRole, { label: string; group: string; meaning: string }> = {
  init: {
    label: 'init container',
    group: 'Init containers',
    meaning:
      'Runs to completion before the next container starts. Init containers run one at a time, in order; the app containers start only after the last one has succeeded. A failed init container is retried (unless the pod’s restartPolicy is Never).',
  },
  sidecar: {
    label: 'native sidecar',
    group: 'Sidecars',
    meaning:
      'An init container with restartPolicy: Always. It starts before the containers declared after it, keeps running alongside the app containers, is restarted when it exits, and is stopped after them when the pod shuts down.',
  },
  app: {
    label: 'app container',
    group: 'App containers',
    meaning:
      'Starts once every init container has completed and every sidecar has started. The app containers run side by side, in the pod’s shared namespaces.',
  },
  ephemeral: {
    label: 'ephemeral (debug) container',
    group: 'Ephemeral containers',
    meaning:
      'Added to a running pod with kubectl debug, for troubleshooting. It is never restarted and has no ports, probes or resources. It joins the pod’s namespaces and, with targetContainerName, the target container’s processes.',
  },
};

export const wellKnownText: Record<string, string> = {
  'service-mesh': 'service-mesh proxy',
  'log-shipper': 'log shipper',
  'metrics-agent': 'metrics agent',
  'secret-agent': 'secret agent',
  'sql-proxy': 'SQL proxy',
};

interface NamespaceText {
  title: string;
  shares: string;
  pod: string;
  host: string;
}

export const namespaceText: Record<NamespaceName, NamespaceText> = {
  network: {
    title: 'Network namespace',
    shares: 'one IP address, one localhost, one set of ports',
    pod: 'Every container of the pod has the same IP address and the same localhost: they talk to each other at localhost:PORT, and no two of them can listen on the same port at the same time.',
    host: 'hostNetwork: true — the containers use the node’s network namespace: the node’s IP address, its interfaces and its ports, shared with every other host-network pod on that node.',
  },
  ipc: {
    title: 'IPC namespace',
    shares: 'System V shared memory, semaphores and message queues',
    pod: 'Shared memory segments, semaphores and message queues that one container creates are visible to the others (ipcs -m, ipcs -s): two processes in different containers can exchange data through shared memory.',
    host: 'hostIPC: true — the containers share the node’s IPC namespace and can see and attach to the shared memory of any process on the node.',
  },
  uts: {
    title: 'UTS namespace',
    shares: 'the hostname',
    pod: 'Every container sees the same hostname: `hostname` prints the same name in each of them.',
    host: 'With hostNetwork the containers also use the node’s UTS namespace: `hostname` prints the node’s name.',
  },
  pid: {
    title: 'PID namespace',
    shares: 'process ids',
    pod: 'shareProcessNamespace: true — the containers see each other’s processes (ps), can signal them, and can read another container’s files through /proc/PID/root. The pause container is PID 1 and reaps zombie processes.',
    host: 'hostPID: true — the containers see every process on the node and can signal those of the same user.',
  },
};

export const privatePidText =
  'Own PID namespace: the container’s entrypoint is PID 1, sees only its own processes, and has to reap its own zombie children.';

export const qosText: Record<QosClass, string> = {
  Guaranteed:
    'Every container limits CPU and memory, and the requests equal the limits. Evicted last when the node runs short of memory.',
  Burstable:
    'Some container requests or limits CPU or memory, but the pod is not Guaranteed. Under node memory pressure it is evicted after BestEffort pods, those using most above their requests first.',
  BestEffort:
    'No container requests or limits CPU or memory. The first to be evicted when the node runs short of memory.',
};

export const qosReasonText = {
  allLimited: 'Every container limits CPU and memory, and its requests equal its limits.',
  nothingSet: 'No container requests or limits CPU or memory.',
  noLimit: (container: string, resource: string): string =>
    `${container} sets no ${resource} limit`,
  requestNotLimit: (container: string, resource: string, request: string, limit: string): string =>
    `${container} requests ${request} of ${resource} but limits it to ${limit}`,
  totals: 'the pod’s total requests differ from its total limits',
  more: (n: number): string => `and ${n} more`,
};

export const verifyText = {
  heading: 'Verify it on a cluster',
  qosClass: 'The QoS class the cluster assigned',
  listMount: (path: string): string => `What the container sees at ${path}`,
  volumeFill: (path: string): string => `How full the volume is (seen at ${path})`,
  readOnly: (path: string): string => `Writing fails with “Read-only file system” at ${path}`,
  memoryMax: 'The memory limit, as the kernel enforces it (cgroup v2)',
  cpuMax: 'The CPU quota per period (cgroup v2)',
  logs: 'Its logs',
  debug: 'A debug shell that sees its processes',
  addedWith: 'How it is added to a running pod',
  localhost: (port: number, from: string): string =>
    `Reach port ${port} over localhost from ${from}`,
  portForward: (port: number): string => `Reach port ${port} from your machine`,
  podIp: (container: string): string => `The pod’s IP address, as ${container} sees it`,
  hostname: (container: string): string => `The hostname ${container} sees`,
  sharedMemory: (container: string): string => `Shared memory segments, from ${container}`,
  semaphores: (container: string): string => `Semaphores, from ${container}`,
  processes: (container: string): string => `The processes ${container} sees`,
};

export const statusText = {
  label: 'Analysis status',
  documents: (n: number): string => plural(n, 'document'),
  workloads: (n: number): string => plural(n, 'workload'),
  count: {
    error: (n: number): string => plural(n, 'error'),
    warning: (n: number): string => plural(n, 'warning'),
    info: (n: number): string => `${n} info`,
  } as Record<Severity, (n: number) => string>,
  suppressed: (n: number): string => `${n} suppressed`,
  qos: (qos: string): string => `QoS ${qos}`,
  source: (source: string): string => `Source: ${source}`,
  stale: 'stale — the YAML does not parse; the graph shows the last valid version',
};

export const pickerText = {
  label: 'Workload',
  option: (kind: string, name: string, template: string | undefined, doc: number): string =>
    `${kind} ${name}${template ? ` (${template})` : ''} · doc ${doc}`,
};

export const inspectorText = {
  label: 'Inspector',
  kind: {
    pod: 'Pod',
    container: 'Container',
    volume: 'Volume',
    namespace: 'Namespace',
    host: 'Node (host)',
    object: 'Object',
    port: 'Port',
    mount: 'Mount',
    edge: 'Relation',
    finding: 'Finding',
  },
  yes: 'yes',
  no: 'no',
  none: 'none',
  notSet: 'not set',
  // Pod
  workload: 'Workload',
  namespaceField: 'Namespace',
  qos: 'QoS class',
  qosWhy: 'Why',
  resources: 'Effective pod resources',
  resourcesNote:
    'What the scheduler reserves and the kubelet caps: the running containers’ sum, or the init-phase peak if larger.',
  resource: 'Resource',
  request: 'Request',
  limit: 'Limit',
  unbounded: 'unbounded',
  unboundedNote: (names: string): string =>
    `No pod-wide ${names} limit: some container sets none, so the pod can use what the node has.`,
  hostname: 'Hostname',
  subdomain: 'Subdomain',
  restartPolicy: 'Restart policy',
  dnsPolicy: 'DNS policy',
  runOrder: 'Containers in start order',
  status: 'Status (from the cluster)',
  phase: 'Phase',
  podIP: 'Pod IP',
  hostIP: 'Node IP',
  restarts: 'Restarts',
  reportedQos: 'QoS class reported',
  // Container
  role: 'Role',
  image: 'Image',
  tag: 'Tag',
  digest: 'Digest',
  noTag: 'none (means latest)',
  helper: 'Recognised as',
  target: 'Debug target',
  ports: 'Ports',
  port: 'Port',
  protocol: 'Protocol',
  name: 'Name',
  hostPort: 'hostPort',
  mounts: 'Volume mounts',
  volume: 'Volume',
  mountPath: 'Mount path',
  access: 'Access',
  subPath: 'subPath',
  ro: 'ro',
  rw: 'rw',
  missingVolume: 'no such volume',
  containerResources: 'Requests and limits',
  defaultedRequest: 'copied from the limit',
  probes: 'Probes',
  handler: 'Handler',
  security: 'Security settings',
  securityDefaults: 'Nothing set: the runtime defaults apply.',
  shares: 'Shares with the other containers',
  sharesNamespace: (title: string, others: string): string => `${title}: with ${others}`,
  sharesVolume: (volume: string): string => `Volume ${volume}: also mounted by`,
  alone: 'nobody else',
  lastTermination: 'Last termination',
  // Volume
  type: 'Type',
  medium: 'Medium',
  disk: 'node disk',
  memory: 'Memory (tmpfs, counts against the memory limit)',
  sizeLimit: 'sizeLimit',
  storage: 'Storage request',
  reference: 'Refers to',
  inInput: (kind: string, doc: number): string => `${kind} in this input (doc ${doc})`,
  notInInput: 'not in this input',
  hostPathType: 'hostPath type',
  claimTemplate: 'From a volumeClaimTemplate: each replica gets its own claim.',
  mountedBy: 'Mounted by',
  container: 'Container',
  shared: 'Shared',
  sharedYes: (n: number): string => `yes, by ${n} containers`,
  notMounted: 'No container mounts this volume.',
  // Namespace
  scope: 'Scope',
  scopePod: 'the pod (its containers only)',
  scopeHost: 'the node (host)',
  what: 'What is shared',
  members: 'Members',
  clash: 'Clash',
  clashWith: 'clashes with',
  // Host, objects, edges
  uses: 'What ties the pod to the node',
  hostNote:
    'These settings break the isolation between the pod and the node it runs on: a compromise of the container reaches the node.',
  objectKind: 'Kind',
  document: 'Document',
  referencedBy: 'Referenced by volumes',
  edgeKinds: {
    member: 'The container is a member of this namespace.',
    order:
      'Start order: the second container starts after the first has completed (or, for a sidecar, started).',
    'uses-host':
      'This namespace or volume is the node’s own: isolation from the node is broken here.',
    reference: 'The volume refers to this object, defined in the same input.',
    mount: 'The container mounts the volume.',
  } as Record<string, string>,
  from: 'From',
  to: 'To',
  // Port, mount
  declaredBy: 'Declared by',
  namespaceHub: 'Listens in',
  alsoDeclared: 'Also declared by',
  clashNote:
    'The containers share one network namespace: whichever binds the port second fails with “address already in use”.',
  noClash: 'No other container declares this port.',
  propagation: 'Mount propagation',
  readOnly: 'read-only',
  readWrite: 'read-write',
  // Findings
  rule: 'Rule',
  severity: 'Severity',
  message: 'Message',
  path: 'Path',
  line: 'Line',
  what_rule: 'What the rule checks',
  fix: 'How to fix it',
  docs: 'Kubernetes documentation',
  suppressedBy: 'Suppressed',
  related: (n: number): string => `Findings here (${n})`,
  relatedNone: 'No findings touch this element.',
  unknownRule: 'Unknown rule.',
  selectLabel: (what: string): string => `Select ${what}`,
};
