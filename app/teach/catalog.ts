// Every topic the inspector can teach, by element kind and by rule id.
import type { VolumeNode } from '../../src/graph/types';
import type { ContainerRole, NamespaceName } from '../../src/model/types';
import { hostNode, podFrame } from './topics/frame';
import { networkHost, networkPod, serviceNode, utsHost, utsPod } from './topics/network';
import { ipcHost, ipcPod, pidHost, pidPod } from './topics/process';
import { appRole, ephemeralRole, initRole, sidecarRole } from './topics/roles';
import {
  configMapVolume,
  downwardApiVolume,
  emptyDirDisk,
  emptyDirMemory,
  imageVolume,
  projectedVolume,
  secretVolume,
} from './topics/volumes-local';
import {
  claimTemplateVolume,
  claimVolume,
  csiVolume,
  ephemeralVolume,
  hostPathVolume,
  nfsVolume,
  otherVolume,
} from './topics/volumes-storage';
import type { Topic } from '../../src/teach/lesson';

export { podFrame, hostNode, serviceNode };

export const NAMESPACE_TOPICS: Readonly<Record<NamespaceName, Record<'pod' | 'host', Topic>>> = {
  network: { pod: networkPod, host: networkHost },
  ipc: { pod: ipcPod, host: ipcHost },
  uts: { pod: utsPod, host: utsHost },
  pid: { pod: pidPod, host: pidHost },
};

export const ROLE_TOPICS: Readonly<Record<ContainerRole, Topic>> = {
  init: initRole,
  sidecar: sidecarRole,
  app: appRole,
  ephemeral: ephemeralRole,
};

export const VOLUME_TOPICS = {
  emptyDir: emptyDirDisk,
  emptyDirMemory,
  configMap: configMapVolume,
  secret: secretVolume,
  persistentVolumeClaim: claimVolume,
  volumeClaimTemplate: claimTemplateVolume,
  hostPath: hostPathVolume,
  projected: projectedVolume,
  downwardAPI: downwardApiVolume,
  ephemeral: ephemeralVolume,
  csi: csiVolume,
  image: imageVolume,
  nfs: nfsVolume,
  other: otherVolume,
} as const satisfies Record<string, Topic>;

export type VolumeKind = keyof typeof VOLUME_TOPICS;

/** Which explanation a volume gets: its source type, with emptyDir split by medium. */
export function volumeKind(
  v: Pick<VolumeNode, 'type' | 'medium' | 'fromClaimTemplate'>,
): VolumeKind {
  if (v.fromClaimTemplate) return 'volumeClaimTemplate';
  if (v.type === 'emptyDir') return v.medium === 'Memory' ? 'emptyDirMemory' : 'emptyDir';
  return Object.hasOwn(VOLUME_TOPICS, v.type) ? (v.type as VolumeKind) : 'other';
}
