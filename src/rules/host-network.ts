import type { PodRule } from './types';

/** hostNetwork: true. */
export const rule: PodRule = {
  id: 'host-network',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  summary: 'The pod uses the node’s network namespace.',
  messages: {
    default:
      'hostNetwork is true: the containers use the node’s network (and UTS) namespace, so they see every node interface, can reach services bound to the node’s localhost, clash with node daemons and other hostNetwork pods on ports, and NetworkPolicies do not isolate them',
  },
  fix: 'Remove hostNetwork unless the pod is node infrastructure (a CNI or node agent); expose ports through a Service instead.',
  check({ model, report }) {
    if (!model.hostNetwork) return;
    report({
      path: [...model.workload.podSpecPath, 'hostNetwork'],
      messageId: 'default',
      namespaces: ['network', 'uts'],
      containers: model.containers.map((c) => c.name),
    });
  },
};
