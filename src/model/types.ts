// The pod model that rules and the graph read. Built once per workload from the parsed,
// defaulted pod spec; every element keeps the field path it came from.
import type { FieldPath } from '../types';
import type { ReferencedKind } from './inventory';

export type ContainerRole = 'init' | 'sidecar' | 'app' | 'ephemeral';
export type ContainerList = 'initContainers' | 'containers' | 'ephemeralContainers';
export type NamespaceName = 'network' | 'ipc' | 'uts' | 'pid';

export interface PortModel {
  /** Path of the port object, e.g. [...podSpecPath, 'containers', 1, 'ports', 0]. */
  path: FieldPath;
  index: number;
  name?: string;
  /** Undefined when missing or not a number. */
  containerPort?: number;
  /** After defaulting (hostNetwork copies containerPort). Undefined when unset/0. */
  hostPort?: number;
  /** True when hostPort was filled in by the hostNetwork default. */
  hostPortDefaulted: boolean;
  hostIP?: string;
  /** After defaulting: 'TCP' when unset. */
  protocol: string;
}

export interface MountModel {
  path: FieldPath;
  index: number;
  name?: string;
  mountPath?: string;
  readOnly: boolean;
  subPath?: string;
  subPathExpr?: string;
  mountPropagation?: string;
}

/** Raw resource maps as written (quantity strings), after the Pod limit→request default. */
export interface ResourcesModel {
  requests: Record<string, string>;
  limits: Record<string, string>;
  /** Resource names whose request was copied from the limit (kind: Pod only). */
  defaultedRequests: string[];
}

export interface ProbeModel {
  kind: 'livenessProbe' | 'readinessProbe' | 'startupProbe';
  path: FieldPath;
  /** Handler keys present: exec, httpGet, tcpSocket, grpc. */
  handlers: string[];
  /** Named or numeric port the handler targets, if any. */
  port?: string | number;
  /** Timing fields as written (integers only; defaults not applied), e.g. `periodSeconds`. */
  timing?: Partial<Record<ProbeTimingField, number>>;
}

/** The probe fields that decide when it runs and when it gives up. */
export type ProbeTimingField =
  | 'initialDelaySeconds'
  | 'periodSeconds'
  | 'timeoutSeconds'
  | 'successThreshold'
  | 'failureThreshold'
  | 'terminationGracePeriodSeconds';

/** A lifecycle hook as written: its handler and, when the manifest says, how long it takes. */
export interface HookModel {
  kind: 'postStart' | 'preStop';
  /** The handler written: exec, httpGet, tcpSocket, sleep. */
  handler: string;
  /** Known duration: a `sleep` action, or an exec that is only `sleep N`; else undefined. */
  seconds?: number;
}

/** A container restart rule (`restartPolicyRules`): an action when the exit code matches. */
export interface RestartRuleModel {
  action: string;
  operator: string;
  values: number[];
}

/** The fields of a Job's spec (a CronJob's job template) that decide its pods' lives, as written. */
export interface JobModel {
  backoffLimit?: number;
  activeDeadlineSeconds?: number;
}

export interface ContainerStatusModel {
  restartCount?: number;
  ready?: boolean;
  /** The current state's key: `waiting`, `running` or `terminated`. */
  state?: string;
  /** The current state's reason (waiting: CrashLoopBackOff…; terminated: OOMKilled, Completed…). */
  reason?: string;
  /** The current state's message (waiting: "back-off 2m40s restarting failed container…"). */
  message?: string;
  /** terminated: its exit code. */
  exitCode?: number;
  /** running: since when (RFC 3339, as the status writes it). */
  startedAt?: string;
  /** Whether the kubelet counts it as started (startup probe passed, or none). */
  started?: boolean;
  lastTerminationReason?: string;
  lastTerminationExitCode?: number;
  lastTerminationMessage?: string;
  /** The image the status reports (what the node resolved). */
  image?: string;
  /** Path of the status entry, e.g. ['status', 'containerStatuses', 0]. */
  path: FieldPath;
}

export interface EnvValueModel {
  index: number;
  name: string;
  value: string;
}

export interface ContainerModel {
  name: string;
  role: ContainerRole;
  list: ContainerList;
  /** Index inside its list (initContainers / containers / ephemeralContainers). */
  index: number;
  /** Position in start order across the pod (init and sidecars first, in declaration order). */
  runOrder: number;
  path: FieldPath;
  image?: string;
  /** Image tag when present (digest-pinned images have `digest`). */
  imageTag?: string;
  imageDigest?: string;
  ports: PortModel[];
  mounts: MountModel[];
  resources: ResourcesModel;
  probes: ProbeModel[];
  privileged: boolean;
  allowPrivilegeEscalation?: boolean;
  capabilitiesAdd: string[];
  runAsNonRoot?: boolean;
  readOnlyRootFilesystem?: boolean;
  /** Container-level restartPolicy (native sidecars use 'Always'). */
  restartPolicy?: string;
  /** `restartPolicyRules` as written (checked before restartPolicy); absent when none. */
  restartRules?: RestartRuleModel[];
  /** postStart and preStop hooks with a known handler, postStart first; absent when none. */
  hooks?: HookModel[];
  /** Label for well-known helpers: 'service-mesh', 'log-shipper', 'metrics-agent', 'secret-agent', 'sql-proxy'. */
  wellKnown?: string;
  /** Target container of an ephemeral (debug) container. */
  targetContainerName?: string;
  /** Env entries with a literal `value` (numbers as text), by their index in `env`. */
  envValues: EnvValueModel[];
  status?: ContainerStatusModel;
}

export interface VolumeModel {
  name: string;
  index: number;
  path: FieldPath;
  /** Source key as in the manifest (`emptyDir`, `configMap`, …); `emptyDir` when none given. */
  type: string;
  /** All source keys present (more than one is an error). */
  sources: string[];
  /** True when no source was written and the API server default `emptyDir: {}` applies. */
  defaulted: boolean;
  medium?: string;
  sizeLimit?: string;
  /** What it refers to: configMap/secret/PVC name, hostPath path, claim template, image ref… */
  reference?: string;
  hostPathType?: string;
  /** From a StatefulSet volumeClaimTemplate rather than spec.volumes. */
  fromClaimTemplate: boolean;
  /** The ConfigMaps, Secrets and PersistentVolumeClaims it names (a projected volume may name several). */
  objects: ObjectRef[];
}

/** An object a volume refers to by name. */
export interface ObjectRef {
  kind: ReferencedKind;
  name: string;
}

export interface NamespaceModel {
  name: NamespaceName;
  scope: 'pod' | 'host';
  /** Path of the field that decides the scope (hostNetwork, shareProcessNamespace, …). */
  path: FieldPath;
}

/** One entry of `status.conditions`. */
export interface PodConditionModel {
  type: string;
  /** `True`, `False` or `Unknown`. */
  status?: string;
  reason?: string;
  message?: string;
}

export interface PodStatusModel {
  phase?: string;
  podIP?: string;
  hostIP?: string;
  qosClass?: string;
  /** The pod's own reason and message (Evicted, NodeLost…). */
  reason?: string;
  message?: string;
  conditions?: PodConditionModel[];
  path: FieldPath;
}

/** One workload in the input and its pod template. */
export interface WorkloadRef {
  /** 0-based YAML document index. */
  document: number;
  kind: string;
  apiVersion?: string;
  name: string;
  namespace?: string;
  /** Path from the document root to the object (non-empty for `kind: List` items or CR templates). */
  objectPath: FieldPath;
  /** Path from the document root to the pod spec. */
  podSpecPath: FieldPath;
  /** Path to the metadata that may carry the suppression annotation (workload and template). */
  metadataPaths: FieldPath[];
  /** For custom resources that embed templates: a label like `headGroupSpec`. */
  templateLabel?: string;
  /**
   * A pod spec an operator completes (RULES.md): `override` for a pod template inside a custom
   * resource (what it leaves out the operator fills in), `partial` for a custom resource with
   * `containers` directly under its `spec` (Prometheus, Alertmanager), of which only
   * `containers`, `initContainers` and `volumes` are read.
   */
  completedBy?: 'override' | 'partial';
}

export interface PodModel {
  workload: WorkloadRef;
  /** kind === 'Pod' (only then do limits default into requests). */
  isPod: boolean;
  containers: ContainerModel[];
  volumes: VolumeModel[];
  namespaces: NamespaceModel[];
  hostNetwork: boolean;
  hostPID: boolean;
  hostIPC: boolean;
  shareProcessNamespace: boolean;
  /** After defaulting. */
  restartPolicy: string;
  /**
   * `terminationGracePeriodSeconds` as written (integers only; the default 30 is not applied):
   * absent when unwritten.
   */
  terminationGracePeriodSeconds?: number;
  /** The condition types of `readinessGates`; absent when none. */
  readinessGates?: string[];
  /** Job and CronJob (absent for other kinds): the Job spec's fields the pod's life depends on. */
  job?: JobModel;
  dnsPolicy: string;
  /** What `hostname` prints in every container: spec.hostname, else the pod name. */
  hostname: string;
  subdomain?: string;
  overhead: Record<string, string>;
  annotations: Record<string, string>;
  /** The pod template's labels (a Pod's own): what a Service selector is matched against. */
  labels?: Record<string, string>;
  /** A Pod's controlling owner, from `metadata.ownerReferences` (`kubectl get pod -o yaml`). */
  owner?: { kind: string; name: string };
  status?: PodStatusModel;
  /** True when the input looks like `kubectl get -o yaml` output (has status). */
  fromCluster: boolean;
}

/** A container model with its object as written. */
export interface WrittenContainer extends ContainerModel {
  raw: Record<string, unknown>;
}

/** A volume model with its entry as written. */
export interface WrittenVolume extends VolumeModel {
  raw: Record<string, unknown>;
}

/**
 * A pod model with the values as written beside it: what rules check while a document is
 * analysed. Results keep only the PodModel (see `withoutWritten`), so an analysis does not hold a
 * second copy of every pod spec.
 */
export interface WrittenPodModel extends Omit<PodModel, 'containers' | 'volumes'> {
  /** The pod spec as written (plain JS). */
  spec: Record<string, unknown>;
  containers: WrittenContainer[];
  volumes: WrittenVolume[];
}
