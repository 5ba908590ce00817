import type { PodRule } from './types';

/** securityContext.privileged: true. */
export const rule: PodRule = {
  id: 'privileged-container',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  summary:
    'A container runs privileged: all capabilities, all host devices, no seccomp or AppArmor confinement.',
  messages: {
    default:
      'container {container} runs privileged: it gets every capability and every device of the node, and seccomp/AppArmor confinement is off, so a process in it can take over the node',
    ephemeral:
      'ephemeral container {container} runs privileged: for the debugging session it gets every capability and every device of the node, so whoever uses it can take over the node',
  },
  fix: 'Remove privileged: true and add only the capabilities the process needs (securityContext.capabilities.add).',
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
