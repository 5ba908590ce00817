import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'host-network-port-mismatch',
  severity: 'error',
  scope: 'pod',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  summary: 'hostNetwork: true with a hostPort that differs from its containerPort.',
  messages: {
    default:
      "hostPort {hostPort} of container {container} must match containerPort {containerPort} when hostNetwork is true: the container binds the node's port {containerPort} directly, there is no port mapping",
  },
  fix: 'With hostNetwork, drop hostPort (it defaults to containerPort) or set it equal to containerPort; to expose another port, change the port the application listens on.',
} satisfies RuleFolderMeta;
