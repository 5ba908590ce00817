import { compareQuantities, parseQuantity } from '../../k8s/quantity';
import type { PodModel } from '../../model/types';
import type { PodRule } from '../types';
import { meta } from './meta';

const HUGEPAGES = 'HugePages';

// Page sizes of the hugepages-<size> resources the pod's containers ask for (a limit defaults
// the request, so both count).
function hugePageSizes(model: PodModel): string[] {
  const sizes = new Set<string>();
  for (const c of model.containers) {
    for (const name of [...Object.keys(c.resources.requests), ...Object.keys(c.resources.limits)]) {
      if (name.startsWith('hugepages-')) sizes.add(name.slice('hugepages-'.length));
    }
  }
  return [...sizes];
}

function sameSize(a: string, b: string): boolean {
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  return x.ok && y.ok && compareQuantities(x.value, y.value) === 0;
}

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const v of model.volumes) {
      if (v.type !== 'emptyDir' || v.medium === undefined || v.medium === 'Memory') continue;
      const medium = v.medium;
      const base = {
        path: [...v.path, 'emptyDir', 'medium'],
        volumes: v.name ? [v.name] : undefined,
      };
      const params = { medium, volume: v.name };
      if (medium !== HUGEPAGES && !medium.startsWith(`${HUGEPAGES}-`)) {
        const suggestion = ['Memory', HUGEPAGES].find(
          (m) => m.toLowerCase() === medium.toLowerCase(),
        );
        report({
          ...base,
          messageId: suggestion ? 'caseOnly' : 'default',
          params: { ...params, ...(suggestion ? { suggestion } : {}) },
        });
        continue;
      }
      const size = medium === HUGEPAGES ? undefined : medium.slice(HUGEPAGES.length + 1);
      if (size !== undefined && !parseQuantity(size).ok) {
        report({ ...base, messageId: 'badSize', params });
        continue;
      }
      const sizes = hugePageSizes(model);
      const found = size === undefined ? sizes.length > 0 : sizes.some((s) => sameSize(s, size));
      if (!found)
        report({
          ...base,
          messageId: 'noHugePages',
          params: { ...params, size: size ?? '<size>' },
        });
    }
  },
};
