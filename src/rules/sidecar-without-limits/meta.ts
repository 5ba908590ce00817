import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'sidecar-without-limits',
  severity: 'warning',
  scope: 'pod',
  category: 'resources',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/#resource-sharing-within-containers',
  summary:
    'A sidecar or helper container has no CPU or memory limit, so it can starve the main application.',
  messages: {
    cpu: 'helper container {container} has no cpu limit: when busy it can use every idle core of the node and compete with the main container {main} beyond its own request',
    memory:
      'helper container {container} has no memory limit: a leak in it pushes the pod far above its requests, the first thing the kubelet looks for when it picks pods to evict under node memory pressure, and eviction takes the whole pod, main container {main} included',
    both: 'helper container {container} has neither a cpu nor a memory limit: it can compete with the main container {main} for every idle core, and a leak in it pushes the pod far above its requests, making it a likely first choice for eviction under node memory pressure, {main} included',
  },
  fix: 'Give the sidecar its own CPU and memory requests and limits sized for its job; a helper should never need more than the application it serves.',
} satisfies RuleFolderMeta;
