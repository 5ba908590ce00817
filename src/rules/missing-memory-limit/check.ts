import type { PodRule } from '../types';
import { meta } from './meta';

/** A container without a memory limit. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    // Ephemeral containers cannot set resources at all.
    for (const container of model.containers.filter((c) => c.role !== 'ephemeral')) {
      if ('memory' in container.resources.limits) continue;
      report({
        path: [...container.path, 'resources', 'limits', { key: 'memory' }],
        messageId: 'default',
        params: { container: container.name },
        containers: [container.name],
      });
    }
  },
};
