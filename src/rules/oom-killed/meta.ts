import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'oom-killed',
  severity: 'warning',
  scope: 'pod',
  category: 'resources',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/assign-memory-resource/#exceed-a-container-s-memory-limit',
  summary: 'The status shows a container whose last run ended with OOMKilled.',
  messages: {
    default:
      'container {container} was last killed for running out of memory (OOMKilled, {restarts} restarts) with a memory limit of {limitValue}: it used more than its limit, so the kernel killed it; raise the limit or find what grows',
    noLimit:
      'container {container} was last killed for running out of memory (OOMKilled, {restarts} restarts) without a memory limit of its own: the node ran short of memory and the kernel OOM killer chose it',
  },
  fix: 'Compare the container’s real peak usage with its limit; raise limit and request, or find what grows. For a sidecar, decide whether to raise its quota or move it into a pod of its own.',
} satisfies RuleFolderMeta;
