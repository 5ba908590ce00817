// Every string of the inspector views. Builders take values, never markup: names come from the
// manifest.
import type { PodSecurityLevel } from '../../../src/k8s/podSecurity';
import type { QosClass } from '../../../src/k8s/qos';
import type { EffectiveField, SettingSource } from '../../../src/k8s/securityContext';
import type { ContainerRole, NamespaceName } from '../../../src/model/types';

export const inspector = {
  label: 'Inspector',
  kind: {
    pod: 'Pod',
    container: 'Container',
    volume: 'Volume',
    namespace: 'Namespace',
    host: 'Node (host)',
    object: 'Object',
    service: 'Service',
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
  qosMeaning: {
    Guaranteed:
      'Every container limits CPU and memory, and the requests equal the limits, so its memory use never exceeds its requests. When the node runs short of memory, the kubelet evicts such pods last, by priority.',
    Burstable:
      'Some container requests or limits CPU or memory, but the pod is not Guaranteed. When the node runs short of memory, the kubelet evicts pods using more than they request first (by priority, then by how far usage exceeds requests) and pods within their requests last.',
    BestEffort:
      'No container requests or limits CPU or memory, so any use exceeds its requests. When the node runs short of memory, such pods are in the group the kubelet evicts first, by priority and then by usage.',
  } as Record<QosClass, string>,
  resources: 'Effective pod resources',
  resourcesNote:
    'What the scheduler reserves and the kubelet caps: the running containers’ sum, or the init-phase peak if larger.',
  resource: 'Resource',
  request: 'Request',
  limit: 'Limit',
  unbounded: 'unbounded',
  unboundedNote: (names: readonly string[]): string =>
    `No pod-wide ${names.join(' and ')} limit: some container sets none, so the pod can use what the node has.`,
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
  role: {
    init: 'init container',
    sidecar: 'native sidecar',
    app: 'app container',
    ephemeral: 'ephemeral (debug) container',
  } as Record<ContainerRole, string>,
  roleHeading: 'Role',
  overview: 'Overview',
  state: 'State',
  ready: 'Ready',
  exitCode: (reason: string | undefined, code: number): string =>
    reason ? `${reason} (exit code ${code})` : `exit code ${code}`,
  image: 'Image',
  tag: 'Tag',
  digest: 'Digest',
  noTag: 'none (means latest)',
  helper: 'Recognised as',
  wellKnown: {
    'service-mesh': 'service-mesh proxy',
    'log-shipper': 'log shipper',
    'metrics-agent': 'metrics agent',
    'secret-agent': 'secret agent',
    'sql-proxy': 'SQL proxy',
  } as Record<string, string>,
  target: 'Debug target',
  ports: 'Ports',
  port: 'Port',
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
  // Pod Security Standards (the pod view)
  podSecurity: 'Pod Security',
  podSecurityMeaning: {
    restricted:
      'Passes every check of the restricted level: a namespace that enforces restricted, baseline or privileged admits it.',
    baseline:
      'Passes every baseline check but fails the restricted checks below: a namespace that enforces restricted rejects it.',
    privileged:
      'Fails baseline checks: only a namespace that enforces privileged (or no level) admits it.',
  } as Record<PodSecurityLevel, string>,
  podSecurityLoading: 'Reading the checks…',
  podSecurityFailedLevel: (level: string) => `fails ${level}`,
  podSecurityContainers: 'Containers',
  podSecurityPodLevel: 'the pod',
  podSecurityFields: 'Fields',
  podSecuritySelect: (path: string) => `Select ${path} in the editor`,
  podSecurityMore: (n: number) => `and ${n} more`,
  // Effective security context (the container view)
  effectiveSecurity: 'Effective security context',
  effectiveNote:
    'The container’s own securityContext wins over the pod’s; fsGroup is set on the pod only, capabilities, privileged, readOnlyRootFilesystem and allowPrivilegeEscalation on the container only.',
  effectiveFrom: 'From',
  effectiveSource: { container: 'container', pod: 'pod', default: 'default' } as Record<
    SettingSource,
    string
  >,
  effectiveUnset: {
    runAsUser: 'the image’s USER (root when the image names none)',
    runAsGroup: 'the group of the image’s user (0 when the image names none)',
    runAsNonRoot: 'not checked: the container starts whatever user it runs as',
    fsGroup: 'volumes keep their owner; no extra group is added',
    seccompProfile:
      'Unconfined (no system call filter), unless the kubelet runs with --seccomp-default, then RuntimeDefault',
    capabilities:
      'the container runtime’s default set (containerd grants 14, among them NET_RAW, CHOWN and SETUID)',
    readOnlyRootFilesystem: 'the root filesystem is writable',
    allowPrivilegeEscalation:
      'allowed: no_new_privs is not set, so setuid programs can gain privileges',
    privileged: 'not privileged',
  } as Record<EffectiveField, string>,
  effectiveConflict:
    'runAsNonRoot: true with runAsUser: 0 — the kubelet refuses to start this container (CreateContainerConfigError: “container’s runAsUser breaks non-root policy”).',
  shares: 'Shares with the other containers',
  alone: 'nobody else',
  privatePid:
    'Own PID namespace: the container’s entrypoint is PID 1, sees only its own processes, and has to reap its own zombie children.',
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
  namespace: {
    network: {
      title: 'Network namespace',
      shares: 'one IP address, one localhost, one set of ports',
    },
    ipc: {
      title: 'IPC namespace',
      shares: 'System V shared memory, semaphores and message queues',
    },
    uts: { title: 'UTS namespace', shares: 'the hostname' },
    pid: { title: 'PID namespace', shares: 'process ids' },
  } as Record<NamespaceName, { title: string; shares: string }>,
  scope: 'Scope',
  scopePod: 'the pod (its containers only)',
  scopeHost: 'the node (host)',
  sharedThings: 'What is shared',
  facts: 'In this pod',
  members: 'Members',
  clash: 'Clash',
  // Host, objects, edges
  uses: 'What ties the pod to the node',
  objectKind: 'Kind',
  document: 'Document',
  referencedBy: 'Referenced by volumes',
  serviceType: 'Type',
  selector: 'Selector',
  servicePorts: 'Ports',
  reaches: 'Reaches',
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
  message: 'Message',
  path: 'Path',
  line: 'Line',
  location: (line: number, column: number): string => `line ${line}, column ${column}`,
  whatRule: 'What the rule checks',
  fixLabel: 'Fix',
  touches: 'Touches',
  suppressedBy: 'Suppressed',
  suppressed: (reason?: string): string =>
    reason ? `suppressed: ${reason}` : 'suppressed (no reason given)',
  related: (n: number): string => `Findings here (${n})`,
  relatedNone: 'No findings touch this element.',
  unknownRule: 'Unknown rule.',
  selectLabel: (what: string): string => `Select ${what}`,
  // Teaching sections
  lessonLabel: 'Explained',
  openAll: 'Open all',
  closeAll: 'Close all',
};

export type InspectorTexts = typeof inspector;
