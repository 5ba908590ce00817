import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'missing-memory-limit',
  severity: 'warning',
  scope: 'pod',
  category: 'resources',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/#if-you-do-not-specify-a-memory-limit',
  summary: 'A container has no memory limit, so one leak can take the node’s memory.',
  messages: {
    default:
      'container {container} has no memory limit: it may use all free memory on the node, so a leak pushes the node into memory pressure, where the kubelet evicts pods and the kernel OOM killer may pick any process',
  },
  fix: 'Set limits.memory, at least the request and ideally equal to it, so the container is killed alone when it leaks.',
} satisfies RuleFolderMeta;
