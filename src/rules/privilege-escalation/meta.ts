import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'privilege-escalation',
  severity: 'info',
  scope: 'pod',
  category: 'isolation',
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#restricted',
  summary: 'A container does not set allowPrivilegeEscalation: false.',
  messages: {
    unset:
      'container {container} does not set allowPrivilegeEscalation: false, so no_new_privs is off and a setuid binary or file capability in the image can raise a process’s privileges (the restricted Pod Security Standard requires false)',
    explicit:
      'container {container} sets allowPrivilegeEscalation: true, so no_new_privs is off and a setuid binary or file capability in the image can raise a process’s privileges (the restricted Pod Security Standard requires false)',
  },
  fix: 'Set securityContext.allowPrivilegeEscalation: false on every container. Not on a privileged container or one that adds CAP_SYS_ADMIN: the API server rejects false there, and podscope reports those containers under privileged-container and dangerous-capabilities instead.',
} satisfies RuleFolderMeta;
