// The React Flow shapes of the pod graph: one node type per kind of box, one edge type for all
// edges. Data objects are built once per graph, so memoized node components re-render only when
// their own node changes.
import type { Edge, Node } from '@xyflow/react';
import type { LaneBox } from '../../src/graph/layout';
import type {
  ContainerNode,
  GraphEdge,
  HostNode,
  NamespaceNode,
  ObjectNode,
  PodNode,
  ServiceNode,
  VolumeNode,
} from '../../src/graph/types';
import type { ContainerState, ContainerStatusExplanation } from '../../src/lifecycle/types';
import type { ResourceScale } from './resourceBars';

/** One volumeMount of a container, as its card lists it. */
export type MountLine = { mountPath: string; volume: string; readOnly: boolean };

/**
 * What every node's data may carry besides its graph node: emphasis from a selected finding,
 * and whether the layout sized it compact (presentation mode: the name and key badges only).
 */
type Emphasis = { touched?: boolean; compact?: boolean };

/** The pod's READY count from its status (`kubectl get pod -o yaml`), as kubectl prints it. */
export type ReadyCount = {
  ready: number;
  total: number;
  /** Some container waits or has failed. */
  trouble: boolean;
  /** The first failing container's reason (kubectl's STATUS column shows it). */
  reason?: string;
};

export type PodData = Emphasis & {
  node: PodNode;
  lanes: LaneBox[];
  header: number;
  ready?: ReadyCount;
};
export type ContainerData = Emphasis & {
  node: ContainerNode;
  mounts: MountLine[];
  scale: ResourceScale;
  /** Its state at the timeline's cursor, while the timeline is shown. */
  state?: ContainerState;
  /** What the input's status says about it. */
  status?: ContainerStatusExplanation;
};
export type NetworkData = Emphasis & {
  node: NamespaceNode;
  podIP?: string;
  /** Key of the selected port chip, if any. */
  selectedChip?: string;
};
export type HubData = Emphasis & { node: NamespaceNode };
export type VolumeData = Emphasis & { node: VolumeNode; quiet?: boolean };
export type HostData = Emphasis & { node: HostNode };
export type ObjectData = Emphasis & { node: ObjectNode };
export type ServiceData = Emphasis & { node: ServiceNode };

export type PodFlowNode = Node<PodData, 'pod'>;
export type ContainerFlowNode = Node<ContainerData, 'container'>;
export type NetworkFlowNode = Node<NetworkData, 'network'>;
export type HubFlowNode = Node<HubData, 'hub'>;
export type VolumeFlowNode = Node<VolumeData, 'volume'>;
export type HostFlowNode = Node<HostData, 'host'>;
export type ObjectFlowNode = Node<ObjectData, 'object'>;
export type ServiceFlowNode = Node<ServiceData, 'service'>;

export type FlowNode =
  | PodFlowNode
  | ContainerFlowNode
  | NetworkFlowNode
  | HubFlowNode
  | VolumeFlowNode
  | HostFlowNode
  | ObjectFlowNode
  | ServiceFlowNode;

export type GraphEdgeData = {
  edge: GraphEdge;
  /** A sentence saying what the edge means, for screen readers. */
  description: string;
  /** Mount edges of a volume two or more containers mount. */
  shared: boolean;
  /** Mounts of injected plumbing (the service-account token volume): drawn quietly. */
  quiet?: boolean;
  /** Where the label sits, as a fraction of the way from source to target. */
  labelAt: number;
  dimmed?: boolean;
};
export type FlowEdge = Edge<GraphEdgeData, 'graph'>;

/** Handle ids: the side of the box an edge leaves or enters. */
export type Side = 't' | 'b' | 'l' | 'r';
