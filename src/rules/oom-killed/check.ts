import type { PodRule } from '../types';
import { meta } from './meta';

/** Container status: last terminated with reason OOMKilled. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const container of model.containers) {
      const status = container.status;
      if (status?.lastTerminationReason !== 'OOMKilled') continue;
      const limit = container.resources.limits.memory;
      report({
        path: [...status.path, 'lastState', 'terminated', 'reason'],
        messageId: limit === undefined ? 'noLimit' : 'default',
        params: {
          container: container.name,
          restarts: status.restartCount ?? 0,
          limitValue: limit ?? '',
        },
        containers: [container.name],
      });
    }
  },
};
