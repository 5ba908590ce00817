import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'host-pid',
  severity: 'warning',
  scope: 'pod',
  category: 'isolation',
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  summary: 'The pod uses the node’s PID namespace.',
  messages: {
    default:
      'hostPID is true: the containers see every process on the node, including other pods’ containers, can read their command lines and environment through /proc, and can signal or ptrace those running as the same user',
  },
  fix: 'Remove hostPID unless the pod is a node-level monitoring or debugging agent. For a one-off look at a node, use kubectl debug node/NAME instead of a permanent hostPID pod.',
} satisfies RuleFolderMeta;
