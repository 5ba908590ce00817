import type { PodRule } from '../types';
import { meta } from './meta';

/** allowPrivilegeEscalation not set to false. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const container of model.containers) {
      // Ephemeral containers are attached for one debugging session by `kubectl debug`, whose
      // profile decides their security context; a manifest carrying them is already reported by
      // ephemeral-container-on-create, so this review note would only repeat it.
      if (container.role === 'ephemeral' || container.allowPrivilegeEscalation === false) continue;
      report({
        path: [...container.path, 'securityContext', 'allowPrivilegeEscalation'],
        messageId: container.allowPrivilegeEscalation === true ? 'explicit' : 'unset',
        params: { container: container.name },
        containers: [container.name],
      });
    }
  },
};
