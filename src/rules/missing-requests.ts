import type { PodRule } from './types';

const RESOURCES = ['cpu', 'memory'] as const;

/** A container without a cpu or memory request, counting a limit as the request. */
export const rule: PodRule = {
  id: 'missing-requests',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#requests-and-limits',
  summary: 'A container has no CPU or memory request, so the scheduler reserves nothing for it.',
  messages: {
    cpu: 'container {container} has no cpu request (nor a cpu limit it would default to): the scheduler reserves no CPU for it, and under contention it gets the smallest CPU share on the node',
    memory:
      'container {container} has no memory request (nor a memory limit it would default to): the scheduler reserves no memory for it, so the node can be overcommitted, and under memory pressure the kubelet evicts pods using more than they requested first',
    both: 'container {container} requests neither cpu nor memory (and has no limits they would default to): the scheduler reserves nothing for it, it gets the smallest CPU share under contention, and it is among the first evicted under memory pressure',
  },
  fix: 'Set resources.requests.cpu and resources.requests.memory to what the container needs at steady state (a namespace LimitRange may also default them).',
  check({ model, report }) {
    // Ephemeral containers cannot set resources at all.
    for (const container of model.containers.filter((c) => c.role !== 'ephemeral')) {
      const { requests, limits } = container.resources;
      // Defaulting copies a limit into a missing request (for templates on the pod they create).
      const missing = RESOURCES.filter((r) => !(r in requests) && !(r in limits));
      if (missing.length === 0) continue;
      const base = [...container.path, 'resources', 'requests'];
      report({
        path: missing.length === 1 ? [...base, { key: missing[0] }] : base,
        messageId: missing.length === 1 ? missing[0] : 'both',
        params: { container: container.name },
        containers: [container.name],
      });
    }
  },
};
