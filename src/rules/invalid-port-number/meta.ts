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
  fix: 'Use a number from 1 to 65535; prefer unprivileged ports such as 8080 for applications.',
} satisfies RuleFolderMeta;
