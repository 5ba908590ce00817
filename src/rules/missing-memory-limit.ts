import type { PodRule } from './types';

/** A container without a memory limit. */
export const rule: PodRule = {
  id: 'missing-memory-limit',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/#if-you-do-not-specify-a-memory-limit',
  summary: 'A container has no memory limit, so one leak can take the node’s memory.',
  messages: {
    default:
      'container {container} has no memory limit: it may use all free memory on the node, so a leak pushes the node into memory pressure, where the kubelet evicts pods and the kernel OOM killer may pick any process',
  },
  fix: 'Set resources.limits.memory (at least the request; equal to it for predictable behaviour).',
  check({ model, report }) {
    // Ephemeral containers cannot set resources at all.
    for (const container of model.containers.filter((c) => c.role !== 'ephemeral')) {
      if ('memory' in container.resources.limits) continue;
      report({
        path: [...container.path, 'resources', 'limits', { key: 'memory' }],
        messageId: 'default',
        params: { container: container.name },
        containers: [container.name],
      });
    }
  },
};
