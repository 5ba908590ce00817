import { compareQuantities, parseQuantity, ZERO } from '../../k8s/quantity';
import type { PodRule } from '../types';
import { meta } from './meta';

function positive(value: string | undefined): boolean {
  const q = parseQuantity(value);
  return value !== undefined && q.ok && compareQuantities(q.value, ZERO) > 0;
}

/** A memory-backed (tmpfs) emptyDir without sizeLimit. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    // A Burstable pod's cgroup gets a memory limit only when every app container has a non-zero
    // one (ResourceConfigForPod); without it the tmpfs is sized to node allocatable memory.
    const apps = model.containers.filter((c) => c.role === 'app');
    const podLimit = apps.length > 0 && apps.every((c) => positive(c.resources.limits.memory));
    for (const volume of model.volumes) {
      if (
        volume.type !== 'emptyDir' ||
        volume.medium !== 'Memory' ||
        volume.sizeLimit !== undefined
      )
        continue;
      report({
        path: [...volume.path, 'emptyDir', 'sizeLimit'],
        messageId: podLimit ? 'default' : 'noPodLimit',
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
