import type { PodRule } from '../types';
import { meta } from './meta';

/** A disk-backed emptyDir without sizeLimit. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    // The pod has an ephemeral-storage limit as soon as one container sets one (kubelet eviction).
    const podLimit = model.containers.some(
      (c) => c.role !== 'ephemeral' && 'ephemeral-storage' in c.resources.limits,
    );
    for (const volume of model.volumes) {
      if (volume.fromClaimTemplate || volume.type !== 'emptyDir' || volume.sources.length > 1)
        continue;
      if (volume.medium !== undefined || volume.sizeLimit !== undefined) continue;
      report({
        path: [...volume.path, 'emptyDir', 'sizeLimit'],
        messageId: podLimit ? 'podLimit' : volume.defaulted ? 'defaulted' : 'default',
        params: { volume: volume.name },
        volumes: [volume.name],
        containers: [
          ...new Set(
            model.containers
              .filter((c) => c.mounts.some((m) => m.name === volume.name))
              .map((c) => c.name),
          ),
        ],
      });
    }
  },
};
