// The pod graph as the CLI prints it (`podscope graph --format json`) and the page draws it.
// Plain JSON data: every field is a string, number, boolean, array or object.
import type { ContainerRole, NamespaceName } from '../model/types';
import type { ReferencedKind } from '../model/inventory';
import type { Severity } from '../types';

/** What every node carries: its id, kind and name, and the findings that touch it. */
export interface NodeBase {
  /**
   * `pod`, `container:NAME`, `volume:NAME`, `namespace:network|ipc|uts|pid`, `host`,
   * `object:KIND/NAME`, `service:NAME`.
   */
  id: string;
  name: string;
  /** Field path (API-server notation) of what defines the node, for selecting it in the editor. */
  path?: string;
  /** Highest severity among the unsuppressed findings that touch the node. */
  severity?: Severity;
  /** Number of unsuppressed findings that touch the node. */
  findings?: number;
}

export interface PodNode extends NodeBase {
  kind: 'pod';
  /** The workload kind (Pod, Deployment, …). */
  workloadKind: string;
  namespace?: string;
  qosClass: string;
  /** The Pod Security Standards level the pod passes: privileged, baseline or restricted. */
  podSecurity: string;
  restartPolicy: string;
  /** Effective pod requests and limits (Kubernetes' aggregation), formatted per resource. */
  requests: Record<string, string>;
  limits: Record<string, string>;
  /** Resources some container leaves without a limit, so the pod has none either. */
  unboundedLimits: string[];
  podIP?: string;
  phase?: string;
  /**
   * True for a custom resource whose own `spec` holds the containers (Prometheus, Alertmanager):
   * only containers, initContainers and volumes are read, so QoS and Pod Security describe only
   * what is written.
   */
  partial?: boolean;
}

export interface ContainerPort {
  port: number;
  protocol: string;
  name?: string;
  hostPort?: number;
}

export interface ContainerNode extends NodeBase {
  kind: 'container';
  role: ContainerRole;
  /** Position in start order across the pod (init containers and sidecars first). */
  runOrder: number;
  /** 1-based number shown on init containers and sidecars, in the order they start. */
  initStep?: number;
  image?: string;
  imageTag?: string;
  imageDigest?: string;
  ports: ContainerPort[];
  /** Requests and limits as written (after the Pod limit→request default). */
  resources: { requests: Record<string, string>; limits: Record<string, string> };
  /** Probe kinds present: livenessProbe, readinessProbe, startupProbe. */
  probes: string[];
  /** Risky or hardening settings worth a glance: privileged, caps:NET_ADMIN, runAsNonRoot, … */
  security: string[];
  /** Number of volume mounts. */
  mounts: number;
  wellKnown?: string;
  /** Ephemeral containers: the container whose process namespace they join. */
  targetContainerName?: string;
  restartCount?: number;
  lastTerminationReason?: string;
}

export interface VolumeNode extends NodeBase {
  kind: 'volume';
  /** Source key as in the manifest: emptyDir, configMap, secret, persistentVolumeClaim, hostPath, … */
  type: string;
  medium?: string;
  sizeLimit?: string;
  /** Storage request of a StatefulSet volumeClaimTemplate. */
  storage?: string;
  /** What the source refers to: configMap/secret/claim name, hostPath path, image reference… */
  reference?: string;
  hostPathType?: string;
  /** True when two or more containers mount the volume. */
  shared: boolean;
  /** Names of the containers that mount it, in container order. */
  mountedBy: string[];
  /** True for volumes that come from a StatefulSet volumeClaimTemplate. */
  fromClaimTemplate?: boolean;
}

export interface PortChip {
  port: number;
  protocol: string;
  container: string;
  name?: string;
  /** True when another container running at the same time (or the same container) declares it too. */
  clash: boolean;
  severity?: Severity;
  /** Field path of the port entry (API-server notation), for selecting it in the editor. */
  path: string;
}

export interface NamespaceNode extends NodeBase {
  kind: 'namespace';
  name: NamespaceName;
  scope: 'pod' | 'host';
  /** Network namespace only: every declared port, with its container. */
  ports?: PortChip[];
  /** UTS namespace with pod scope: the hostname every container sees. */
  hostname?: string;
}

export interface HostNode extends NodeBase {
  kind: 'host';
  /** What ties the pod to the node: hostNetwork, hostPID, hostIPC, hostPath:/var/log … */
  uses: string[];
}

export interface ObjectNode extends NodeBase {
  kind: 'object';
  objectKind: ReferencedKind;
  /** 0-based YAML document index of the object. */
  document: number;
}

/** One port of a Service that selects the pod, and where in the pod it arrives. */
export interface ServicePortLine {
  /** The Service's own port (what clients connect to). */
  port?: number;
  /** The Service port's name, when written. */
  name?: string;
  /** targetPort as written (a number or a port name); the Service port when unset. */
  targetPort?: number | string;
  protocol: string;
  /** The container that declares the target port, when one does. */
  container?: string;
  /** The container port the traffic arrives at (a named targetPort resolved). */
  containerPort?: number;
}

export interface ServiceNode extends NodeBase {
  kind: 'service';
  /** 0-based YAML document index of the Service. */
  document: number;
  /** ClusterIP, NodePort or LoadBalancer. */
  type: string;
  /** The selector as kubectl prints it: `app=web, tier=front`. */
  selector: string;
  ports: ServicePortLine[];
}

export type GraphNode =
  PodNode | ContainerNode | VolumeNode | NamespaceNode | HostNode | ObjectNode | ServiceNode;
export type GraphNodeKind = GraphNode['kind'];

interface EdgeBase {
  id: string;
  source: string;
  target: string;
}

export interface MountEdge extends EdgeBase {
  kind: 'mount';
  /** Field path of the volumeMount entry (API-server notation). */
  path: string;
  mountPath: string;
  readOnly: boolean;
  subPath?: string;
  subPathExpr?: string;
  mountPropagation?: string;
}

export interface MemberEdge extends EdgeBase {
  kind: 'member';
}

export interface OrderEdge extends EdgeBase {
  kind: 'order';
}

export interface UsesHostEdge extends EdgeBase {
  kind: 'uses-host';
}

export interface ReferenceEdge extends EdgeBase {
  kind: 'reference';
}

/**
 * A Service port → the container that declares its target port (or the pod's network namespace,
 * when no container declares a numeric target port: the traffic still arrives at the pod's IP).
 */
export interface TargetsEdge extends EdgeBase {
  kind: 'targets';
  port?: number;
  targetPort?: number | string;
  protocol: string;
  containerPort?: number;
}

export type GraphEdge =
  MountEdge | MemberEdge | OrderEdge | UsesHostEdge | ReferenceEdge | TargetsEdge;
export type GraphEdgeKind = GraphEdge['kind'];

export interface PodGraph {
  workload: { document: number; kind: string; name: string };
  nodes: GraphNode[];
  edges: GraphEdge[];
}
