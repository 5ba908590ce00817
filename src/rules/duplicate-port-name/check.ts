import { validateIanaSvcName } from '../../k8s/names';
import { containerLabel, portChip } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const c of model.containers) {
      const seen = new Map<string, number>();
      for (const p of c.ports) {
        // The API server only compares names that are themselves valid; invalid-name reports the rest.
        if (!p.name || validateIanaSvcName(p.name).length > 0) continue;
        const first = seen.get(p.name);
        if (first === undefined) {
          seen.set(p.name, p.index);
          continue;
        }
        report({
          path: [...p.path, 'name'],
          messageId: 'default',
          params: { container: containerLabel(c), name: p.name, first },
          containers: c.name ? [c.name] : undefined,
          ports: portChip(c, p),
        });
      }
    }
  },
};
