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
}

export interface ContainerStatusModel {
  restartCount?: number;
  ready?: boolean;
  state?: string;
  lastTerminationReason?: string;
  lastTerminationExitCode?: number;
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

export interface PodStatusModel {
  phase?: string;
  podIP?: string;
  hostIP?: string;
  qosClass?: string;
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
  dnsPolicy: string;
  /** What `hostname` prints in every container: spec.hostname, else the pod name. */
  hostname: string;
  subdomain?: string;
  overhead: Record<string, string>;
  annotations: Record<string, string>;
  /** The pod template's labels (a Pod's own): what a Service selector is matched against. */
  labels?: Record<string, string>;
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
