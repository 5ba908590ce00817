import { compareQuantities, formatQuantity, parseQuantity } from '../../k8s/quantity';
import type { FieldPath, RuleReport } from '../../types';
import { containerLabel } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};

// Only native, non-hugepage resources may be overcommitted; for the others request must equal limit.
function overcommitAllowed(name: string): boolean {
  const native = !name.includes('/') || name.includes('kubernetes.io/');
  return native && !name.startsWith('hugepages-');
}

interface Requirements {
  path: FieldPath;
  resources: unknown;
  /** Container label; undefined for the pod-level resources. */
  container?: string;
  where: Pick<RuleReport, 'containers'>;
}

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const targets: Requirements[] = model.containers
      .filter((c) => c.role !== 'ephemeral')
      .map((c) => ({
        path: [...c.path, 'resources'],
        resources: c.raw.resources,
        container: containerLabel(c),
        where: { containers: c.name ? [c.name] : undefined },
      }));
    targets.push({
      path: [...model.workload.podSpecPath, 'resources'],
      resources: model.spec.resources,
      where: {},
    });
    for (const t of targets) {
      const container = t.container;
      const limits = obj(obj(t.resources).limits);
      for (const [resource, written] of Object.entries(obj(obj(t.resources).requests))) {
        const request = parseQuantity(written);
        const limit = parseQuantity(limits[resource]);
        if (!request.ok || !limit.ok || limits[resource] === undefined) continue;
        const order = compareQuantities(request.value, limit.value);
        const exact = !overcommitAllowed(resource);
        if (exact ? order === 0 : order <= 0) continue;
        const messageId =
          container === undefined
            ? exact
              ? 'podNotEqual'
              : 'pod'
            : exact
              ? 'notEqual'
              : 'default';
        const params = {
          resource,
          container: container ?? '',
          requestValue: formatQuantity(request.value, resource),
          limitValue: formatQuantity(limit.value, resource),
        };
        report({ path: [...t.path, 'requests', { key: resource }], messageId, params, ...t.where });
      }
    }
  },
};
