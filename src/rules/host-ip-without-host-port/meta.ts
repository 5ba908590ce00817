import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'host-ip-without-host-port',
  severity: 'warning',
  scope: 'pod',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  summary: 'A container port sets hostIP while hostPort is unset, so the hostIP has no effect.',
  messages: {
    default:
      'port {port}/{protocol} of container {container} sets hostIP {hostIP} without hostPort: hostIP only says where a hostPort is bound on the node, so nothing is bound there (the API server warns "hostIP set without hostPort")',
  },
  fix: 'Add the hostPort you meant to publish on that node address, or remove hostIP.',
} satisfies RuleFolderMeta;
