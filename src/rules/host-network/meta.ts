import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'host-network',
  severity: 'warning',
  scope: 'pod',
  category: 'isolation',
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  summary: 'The pod uses the node’s network namespace.',
  messages: {
    default:
      'hostNetwork is true: the containers use the node’s network (and UTS) namespace, so they see every node interface, can reach services bound to the node’s localhost, clash with node daemons and other hostNetwork pods on ports, and NetworkPolicies do not isolate them',
  },
  fix: 'Keep hostNetwork for node infrastructure only (CNI plugins, node exporters, some ingress controllers). Otherwise remove it and expose the pod through a Service. If you keep it, set dnsPolicy: ClusterFirstWithHostNet and choose ports no node daemon uses.',
} satisfies RuleFolderMeta;
