import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'invalid-port-number',
  severity: 'error',
  scope: 'pod',
  category: 'ports',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  summary: 'A containerPort, a non-zero hostPort or a probe port outside 1–65535.',
  messages: {
    containerPort:
      'containerPort {port} of container {container} is invalid: must be between 1 and 65535, inclusive',
    hostPort:
      'hostPort {port} of container {container} is invalid: must be between 1 and 65535, inclusive (0 or unset means no host port)',
    probe:
      '{probe} of container {container} targets port {port}: must be between 1 and 65535, inclusive',
  },
  fix: 'Use a number from 1 to 65535. For a port below 1024 run by a non-root process, check the pod’s net.ipv4.ip_unprivileged_port_start (0 under containerd 2.x) or add the NET_BIND_SERVICE capability; a port such as 8080 works everywhere.',
} satisfies RuleFolderMeta;
