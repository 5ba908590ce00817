import type { PodRule } from '../types';
import { meta } from './meta';

// The kubelet always mounts these read-only, whatever the volumeMount says.
const READ_ONLY_TYPES = new Set(['configMap', 'secret', 'downwardAPI', 'projected', 'image']);

/** A volume mounted read-write by two or more containers that run at the same time. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const volume of model.volumes) {
      if (READ_ONLY_TYPES.has(volume.type)) continue;
      // Regular init containers run alone, before the others start, so they never write concurrently.
      const writers = model.containers.filter(
        (c) => c.role !== 'init' && c.mounts.some((m) => m.name === volume.name && !m.readOnly),
      );
      const names = [...new Set(writers.map((c) => c.name))];
      if (names.length < 2) continue;
      report({
        path: [...volume.path, ...(volume.fromClaimTemplate ? ['metadata', 'name'] : ['name'])],
        messageId: 'default',
        params: { volume: volume.name, writers: names.join(', ') },
        volumes: [volume.name],
        containers: names,
      });
    }
  },
};
