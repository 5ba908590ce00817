import type { PodRule } from '../types';
import { meta } from './meta';

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const seen = new Map<string, number>();
    for (const v of model.volumes) {
      if (v.fromClaimTemplate || !v.name) continue;
      const first = seen.get(v.name);
      if (first === undefined) seen.set(v.name, v.index);
      else
        report({
          path: [...v.path, 'name'],
          messageId: 'default',
          params: { name: v.name, first },
          volumes: [v.name],
        });
    }
  },
};
