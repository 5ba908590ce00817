// How a volume is drawn: one tone per kind of storage, so disk vs memory vs config vs the
// node's own filesystem reads at a glance.
import type { VolumeNode } from '../../src/graph/types';

export type VolumeTone = 'disk' | 'memory' | 'config' | 'secret' | 'claim' | 'host' | 'other';

/** The tone of a volume, from its source type (and an emptyDir's medium). */
export function volumeTone(n: Pick<VolumeNode, 'type' | 'medium'>): VolumeTone {
  switch (n.type) {
    case 'emptyDir':
      // Memory (tmpfs) and HugePages* live in RAM; the default medium is the node's disk.
      return n.medium === 'Memory' || n.medium?.startsWith('HugePages') ? 'memory' : 'disk';
    case 'configMap':
    case 'downwardAPI':
    case 'projected':
      return 'config';
    case 'secret':
      return 'secret';
    case 'persistentVolumeClaim':
    case 'ephemeral':
      return 'claim';
    case 'hostPath':
      return 'host';
    default:
      return 'other';
  }
}
