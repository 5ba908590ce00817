import type { PodRule } from './types';

/** Container status: last terminated with reason OOMKilled. */
export const rule: PodRule = {
  id: 'oom-killed',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/#exceed-a-container-s-memory-limit',
  summary: 'The status shows a container whose last run ended with OOMKilled.',
  messages: {
    default:
      'container {container} was last killed for running out of memory (OOMKilled, {restarts} restarts) with a memory limit of {limit}: it used more than its limit, so the kernel killed it; raise the limit or find what grows',
    noLimit:
      'container {container} was last killed for running out of memory (OOMKilled, {restarts} restarts) without a memory limit of its own: the node ran short of memory and the kernel OOM killer chose it',
  },
  fix: 'Compare the container’s real peak usage (kubectl top, metrics) with its memory limit; raise the limit and request, or fix the leak.',
  check({ model, report }) {
    for (const container of model.containers) {
      const status = container.status;
      if (status?.lastTerminationReason !== 'OOMKilled') continue;
      const limit = container.resources.limits.memory;
      report({
        path: [...status.path, 'lastState', 'terminated', 'reason'],
        messageId: limit === undefined ? 'noLimit' : 'default',
        params: {
          container: container.name,
          restarts: status.restartCount ?? 0,
          limit: limit ?? '',
        },
        containers: [container.name],
      });
    }
  },
};
