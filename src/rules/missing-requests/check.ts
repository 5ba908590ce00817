import { isPositive } from '../../k8s/quantity';
import { formatQuantity } from '../../k8s/quantity-format';
import { effectivePodResources } from '../../k8s/resources';
import type { PodModel } from '../../model/types';
import type { PodRule } from '../types';
import { meta } from './meta';

const RESOURCES = ['cpu', 'memory'] as const;
type Resource = (typeof RESOURCES)[number];

// What the pod reserves on its node while its init containers run: its effective request, the
// larger of the running containers' sum and the init-phase peak (k8s/resources.ts).
function effectiveRequests(model: PodModel): Partial<Record<Resource, string>> {
  const { requests } = effectivePodResources(
    model.containers.map((c) => ({
      role: c.role,
      requests: c.resources.requests,
      limits: c.resources.limits,
    })),
    model.overhead,
  );
  const out: Partial<Record<Resource, string>> = {};
  for (const r of RESOURCES) {
    const q = requests[r];
    if (q && isPositive(q)) out[r] = formatQuantity(q, r);
  }
  return out;
}

/** A container without a cpu or memory request, counting a limit as the request. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    let effective: Partial<Record<Resource, string>> | undefined;
    // Ephemeral containers cannot set resources at all.
    for (const container of model.containers.filter((c) => c.role !== 'ephemeral')) {
      const { requests, limits } = container.resources;
      // Defaulting copies a limit into a missing request (for templates on the pod they create).
      const missing = RESOURCES.filter((r) => !(r in requests) && !(r in limits));
      if (missing.length === 0) continue;
      const base = [...container.path, 'resources', 'requests'];
      const path = missing.length === 1 ? [...base, { key: missing[0] }] : base;
      const which = missing.length === 1 ? missing[0] : 'both';
      // A regular init container runs alone (beside sidecars) inside what the pod reserves.
      if (container.role === 'init') {
        effective ??= effectiveRequests(model);
        const held = effective;
        if (missing.every((r) => held[r] !== undefined)) {
          report({
            path,
            messageId: `init${which[0].toUpperCase()}${which.slice(1)}`,
            params: { container: container.name, ...held },
            severity: 'info',
            containers: [container.name],
          });
          continue;
        }
      }
      report({
        path,
        messageId: which,
        params: { container: container.name },
        containers: [container.name],
      });
    }
  },
};
