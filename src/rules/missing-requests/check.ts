import type { PodRule } from '../types';
import { meta } from './meta';

const RESOURCES = ['cpu', 'memory'] as const;

/** A container without a cpu or memory request, counting a limit as the request. */
export const rule: PodRule = {
  ...meta,
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
