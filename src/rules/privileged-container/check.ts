import type { PodRule } from '../types';
import { meta } from './meta';

/** securityContext.privileged: true. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    // Ephemeral containers count too: `kubectl debug --profile=sysadmin` makes them privileged.
    for (const container of model.containers) {
      if (!container.privileged) continue;
      report({
        path: [...container.path, 'securityContext', 'privileged'],
        messageId: container.role === 'ephemeral' ? 'ephemeral' : 'default',
        params: { container: container.name },
        containers: [container.name],
      });
    }
  },
};
