import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'host-port-conflict',
  severity: 'error',
  scope: 'pod',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/concepts/configuration/overview/#services',
  summary:
    'Two ports claim the same hostPort (same protocol and hostIP) among the containers that run together.',
  messages: {
    default:
      'hostPort {hostPort}/{protocol} of container {container} is already claimed by container {other}: a node port can be bound once (Duplicate value "{key}")',
    defaulted:
      'with hostNetwork, hostPort defaults to containerPort, so container {container} claims hostPort {hostPort}/{protocol} that container {other} already claims (Duplicate value "{key}")',
  },
  fix: 'Give each container its own hostPort, or drop hostPort and expose the pod through a Service (NodePort or LoadBalancer).',
} satisfies RuleFolderMeta;
