import { isObj, list, str } from '../model/values';
import type { PodRule } from './types';

/** A volume that no container mounts (or uses as a block device). */
export const rule: PodRule = {
  id: 'unused-volume',
  severity: 'info',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  summary: 'A volume is declared but no container mounts it.',
  messages: {
    default:
      'volume {volume} is not mounted by any container: the kubelet skips volumes no container uses, so this one is dead configuration',
    claim:
      'volume {volume} is not mounted by any container: the kubelet skips it, yet the scheduler still waits for PersistentVolumeClaim {claim} to exist and bind before placing the pod',
    claimTemplate:
      'volumeClaimTemplate {volume} is not mounted by any container: every replica still gets its own PersistentVolumeClaim and volume, which nothing uses',
  },
  fix: 'Mount it where it is needed (volumeMounts with name: the volume’s name) or delete the volume.',
  check({ model, report }) {
    const used = new Set<string>();
    for (const c of model.containers) {
      for (const m of c.mounts) if (m.name) used.add(m.name);
      // Block-mode PVCs are attached through volumeDevices, not volumeMounts.
      for (const d of list(c.raw.volumeDevices)) {
        const name = isObj(d) ? str(d.name) : undefined;
        if (name) used.add(name);
      }
    }
    for (const volume of model.volumes) {
      if (!volume.name || used.has(volume.name)) continue;
      report({
        path: [...volume.path, ...(volume.fromClaimTemplate ? ['metadata', 'name'] : ['name'])],
        messageId: volume.fromClaimTemplate
          ? 'claimTemplate'
          : volume.type === 'persistentVolumeClaim'
            ? 'claim'
            : 'default',
        params: { volume: volume.name, claim: volume.reference ?? '' },
        volumes: [volume.name],
      });
    }
  },
};
