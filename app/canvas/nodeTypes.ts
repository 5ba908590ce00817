// Node and edge components by type. At module scope, as React Flow asks: a new object on every
// render would remount every node.
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { GraphEdgeView } from './edges/GraphEdgeView';
import { ContainerCardNode } from './nodes/ContainerCardNode';
import { HostCardNode } from './nodes/HostCardNode';
import { HubNode } from './nodes/HubNode';
import { NetworkHubNode } from './nodes/NetworkHubNode';
import { ObjectCardNode } from './nodes/ObjectCardNode';
import { PodFrameNode } from './nodes/PodFrameNode';
import { ServiceCardNode } from './nodes/ServiceCardNode';
import { VolumeCardNode } from './nodes/VolumeCardNode';

export const nodeTypes = {
  pod: PodFrameNode,
  container: ContainerCardNode,
  network: NetworkHubNode,
  hub: HubNode,
  volume: VolumeCardNode,
  host: HostCardNode,
  object: ObjectCardNode,
  service: ServiceCardNode,
} satisfies NodeTypes;

export const edgeTypes = { graph: GraphEdgeView } satisfies EdgeTypes;
