import type { PodRule } from './types';

/** hostPID: true. */
export const rule: PodRule = {
  id: 'host-pid',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  summary: 'The pod uses the node’s PID namespace.',
  messages: {
    default:
      'hostPID is true: the containers see every process on the node, including other pods’ containers, can read their command lines and environment through /proc, and can signal or ptrace those running as the same user',
  },
  fix: 'Remove hostPID unless the pod is a node-level monitoring or debugging agent that needs it.',
  check({ model, report }) {
    if (!model.hostPID) return;
    report({
      path: [...model.workload.podSpecPath, 'hostPID'],
      messageId: 'default',
      namespaces: ['pid'],
      containers: model.containers.map((c) => c.name),
    });
  },
};
