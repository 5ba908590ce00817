import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'privileged-container',
  severity: 'warning',
  scope: 'pod',
  category: 'isolation',
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  summary:
    'A container runs privileged: all capabilities, all host devices, no seccomp or AppArmor confinement.',
  messages: {
    default:
      'container {container} runs privileged: it gets every capability and every device of the node, seccomp/AppArmor confinement is off and no_new_privs cannot be set (the API server rejects allowPrivilegeEscalation: false here), so a process in it can take over the node',
    ephemeral:
      'ephemeral container {container} runs privileged: for the debugging session it gets every capability and every device of the node, so whoever uses it can take over the node',
  },
  fix: 'Remove privileged: true and add only the capabilities the process needs (securityContext.capabilities.add), starting from drop: [ALL].',
} satisfies RuleFolderMeta;
