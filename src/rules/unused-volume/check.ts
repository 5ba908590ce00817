import { isObj, list, str } from '../../model/values';
import type { PodRule } from '../types';
import { meta } from './meta';

/** A volume that no container mounts (or uses as a block device). */
export const rule: PodRule = {
  ...meta,
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
