import type { ContainerModel } from '../../model/types';
import type { PodRule } from '../types';
import { meta } from './meta';

/**
 * True when advising allowPrivilegeEscalation: false makes no sense for a container: the API
 * server rejects false with privileged: true or an added CAP_SYS_ADMIN, and a container given
 * SYS_ADMIN (or ALL) can already do what no_new_privs would keep from it. privileged-container
 * and dangerous-capabilities report those containers.
 */
export function escalationIsMoot(
  c: Pick<ContainerModel, 'privileged' | 'capabilitiesAdd'>,
): boolean {
  return c.privileged || c.capabilitiesAdd.some((cap) => /^((CAP_)?SYS_ADMIN|ALL)$/i.test(cap));
}

/** allowPrivilegeEscalation not set to false. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const container of model.containers) {
      // Ephemeral containers are attached for one debugging session by `kubectl debug`, whose
      // profile decides their security context; a manifest carrying them is already reported by
      // ephemeral-container-on-create, so this review note would only repeat it.
      if (container.role === 'ephemeral' || container.allowPrivilegeEscalation === false) continue;
      if (escalationIsMoot(container)) continue;
      report({
        path: [...container.path, 'securityContext', 'allowPrivilegeEscalation'],
        messageId: container.allowPrivilegeEscalation === true ? 'explicit' : 'unset',
        params: { container: container.name },
        containers: [container.name],
      });
    }
  },
};
