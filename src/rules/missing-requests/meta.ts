import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'missing-requests',
  severity: 'warning',
  scope: 'pod',
  category: 'resources',
  docs: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits',
  summary: 'A container has no CPU or memory request, so the scheduler reserves nothing for it.',
  messages: {
    cpu: 'container {container} has no cpu request (nor a cpu limit it would default to): the scheduler reserves no CPU for it, and under contention it gets the smallest CPU share on the node',
    memory:
      'container {container} has no memory request (nor a memory limit it would default to): the scheduler reserves no memory for it, so the node can be overcommitted, and under memory pressure the kubelet first evicts pods whose usage exceeds their requests',
    both: 'container {container} requests neither cpu nor memory (and has no limits they would default to): the scheduler reserves nothing for it, it gets the smallest CPU share under contention, and all the memory it uses counts as usage above the pod’s requests, which puts the pod among the first candidates for eviction under memory pressure',
    initCpu:
      'init container {container} has no cpu request of its own, but it runs inside what the pod reserves: while init containers run, the node holds the pod’s effective cpu request ({cpu}, the larger of the app containers’ sum and the largest init container’s, sidecars and overhead included). Set a request only if this step needs more than {cpu}',
    initMemory:
      'init container {container} has no memory request of its own, but it runs inside what the pod reserves: while init containers run, the node holds the pod’s effective memory request ({memory}, the larger of the app containers’ sum and the largest init container’s, sidecars and overhead included). Set a request only if this step needs more than {memory}',
    initBoth:
      'init container {container} requests neither cpu nor memory of its own, but it runs inside what the pod reserves: while init containers run, the node holds the pod’s effective request (cpu {cpu}, memory {memory}: the larger of the app containers’ sum and the largest init container’s, sidecars and overhead included). Set requests only if this step needs more than that',
  },
  fix: 'Set resources.requests.cpu and resources.requests.memory to what the container needs at steady state (a namespace LimitRange may also default them).',
} satisfies RuleFolderMeta;
