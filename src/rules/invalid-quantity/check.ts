import { compareQuantities, isInteger, parseQuantity, ZERO } from '../../k8s/quantity';
import type { WrittenPodModel } from '../../model/types';
import type { FieldPath, RuleReport } from '../../types';
import type { PodRule } from '../types';
import { meta } from './meta';

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};

interface QuantityField {
  path: FieldPath;
  value: string | number;
  resource: string;
  sizeLimit: boolean;
  where: Pick<RuleReport, 'containers' | 'volumes'>;
}

/** Every quantity a pod spec holds: container resources, pod resources, overhead, volume sizes. */
export function quantityFields(model: WrittenPodModel): QuantityField[] {
  const out: QuantityField[] = [];
  const add = (map: unknown, path: FieldPath, where: QuantityField['where']): void => {
    for (const [resource, value] of Object.entries(obj(map))) {
      if (typeof value === 'string' || typeof value === 'number') {
        out.push({ path: [...path, { key: resource }], value, resource, sizeLimit: false, where });
      }
    }
  };
  const addRequirements = (res: unknown, path: FieldPath, where: QuantityField['where']): void => {
    add(obj(res).requests, [...path, 'requests'], where);
    add(obj(res).limits, [...path, 'limits'], where);
  };
  const base = model.workload.podSpecPath;
  for (const c of model.containers) {
    // Ephemeral containers may not set resources at all; that is not a quantity problem.
    if (c.role !== 'ephemeral')
      addRequirements(c.raw.resources, [...c.path, 'resources'], {
        containers: c.name ? [c.name] : undefined,
      });
  }
  addRequirements(model.spec.resources, [...base, 'resources'], {});
  add(model.spec.overhead, [...base, 'overhead'], {});
  for (const v of model.volumes) {
    const where = { volumes: v.name ? [v.name] : undefined };
    if (v.fromClaimTemplate) {
      addRequirements(obj(v.raw.spec).resources, [...v.path, 'spec', 'resources'], where);
      continue;
    }
    const size = obj(v.raw.emptyDir).sizeLimit;
    if (v.type === 'emptyDir' && (typeof size === 'string' || typeof size === 'number')) {
      out.push({
        path: [...v.path, 'emptyDir', 'sizeLimit'],
        value: size,
        resource: 'sizeLimit',
        sizeLimit: true,
        where,
      });
    }
    const claim = obj(obj(obj(v.raw.ephemeral).volumeClaimTemplate).spec);
    addRequirements(
      claim.resources,
      [...v.path, 'ephemeral', 'volumeClaimTemplate', 'spec', 'resources'],
      where,
    );
  }
  return out;
}

// Extended resources (vendor-domain/name, not *kubernetes.io/*) are counted devices: whole numbers only.
function isExtendedResource(name: string): boolean {
  return name.includes('/') && !name.includes('kubernetes.io/') && !name.startsWith('requests.');
}

// The usual slips: a space, a lower-case binary suffix, a byte unit (KB/MB) or an upper-case K.
function suggestionFor(text: string): string | undefined {
  const candidates = [
    text.replace(/\s+/g, ''),
    text.replace(/([kmgtpe])i$/, (_, p: string) => `${p.toUpperCase()}i`),
    text.replace(/([kKmMgGtTpPeE])[bB]$/, (_, p: string) => `${p.toUpperCase()}i`),
    text.replace(/K$/, 'k'),
  ];
  return candidates.find((c) => c !== text && parseQuantity(c).ok);
}

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const q of quantityFields(model)) {
      const parsed = parseQuantity(q.value);
      const params = { resource: q.resource, value: String(q.value) };
      if (!parsed.ok) {
        const suggestion = typeof q.value === 'string' ? suggestionFor(q.value) : undefined;
        const detail = { ...params, detail: parsed.message, ...(suggestion ? { suggestion } : {}) };
        report({
          path: q.path,
          messageId: suggestion ? 'suggest' : 'default',
          params: detail,
          ...q.where,
        });
      } else if (compareQuantities(parsed.value, ZERO) < 0) {
        report({
          path: q.path,
          messageId: q.sizeLimit ? 'sizeLimit' : 'negative',
          params,
          ...q.where,
        });
      } else if (isExtendedResource(q.resource) && !isInteger(parsed.value)) {
        report({ path: q.path, messageId: 'notInteger', params, ...q.where });
      }
    }
  },
};
