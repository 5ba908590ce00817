import type { PodRule } from './types';

/** allowPrivilegeEscalation not set to false. */
export const rule: PodRule = {
  id: 'privilege-escalation',
  severity: 'info',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
  summary: 'A container does not set allowPrivilegeEscalation: false.',
  messages: {
    unset:
      'container {container} does not set allowPrivilegeEscalation: false, so no_new_privs is off and a setuid binary or file capability in the image can raise a process’s privileges (the restricted Pod Security Standard requires false)',
    explicit:
      'container {container} sets allowPrivilegeEscalation: true, so no_new_privs is off and a setuid binary or file capability in the image can raise a process’s privileges (the restricted Pod Security Standard requires false)',
  },
  fix: 'Set securityContext.allowPrivilegeEscalation: false (it cannot be combined with privileged: true or CAP_SYS_ADMIN).',
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
