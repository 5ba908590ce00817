import type { PodRule } from '../types';
import { meta } from './meta';

// IsExtendedResourceName: a domain-prefixed name outside kubernetes.io (hugepages-*, cpu,
// memory and ephemeral-storage have no '/').
const isExtended = (name: string): boolean =>
  name.includes('/') && !name.includes('kubernetes.io/');

/** Extended resources (GPUs and other devices) requested by a container. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    // Ephemeral containers cannot set resources at all.
    for (const container of model.containers.filter((c) => c.role !== 'ephemeral')) {
      const { requests, limits } = container.resources;
      const names = [...new Set([...Object.keys(limits), ...Object.keys(requests)])].filter(
        isExtended,
      );
      for (const resource of names) {
        const field = resource in limits ? 'limits' : 'requests';
        report({
          path: [...container.path, 'resources', field, { key: resource }],
          messageId: 'default',
          params: {
            container: container.name,
            resource,
            quantity: limits[resource] ?? requests[resource],
          },
          containers: [container.name],
        });
      }
    }
  },
};
