import { validateDns1123Label, validateIanaSvcName } from '../../k8s/names';
import { portChip } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const c of model.containers) {
      if (c.name) {
        const errors = validateDns1123Label(c.name);
        if (errors.length > 0) {
          report({
            path: [...c.path, 'name'],
            messageId: 'container',
            params: { name: c.name, detail: errors.join('; ') },
            containers: [c.name],
          });
        }
      }
      for (const p of c.ports) {
        if (!p.name) continue;
        const errors = validateIanaSvcName(p.name);
        if (errors.length === 0) continue;
        report({
          path: [...p.path, 'name'],
          messageId: 'port',
          params: { name: p.name, detail: errors.join('; ') },
          containers: c.name ? [c.name] : undefined,
          ports: portChip(c, p),
        });
      }
    }
    for (const v of model.volumes) {
      if (v.fromClaimTemplate || !v.name) continue;
      const errors = validateDns1123Label(v.name);
      if (errors.length > 0) {
        report({
          path: [...v.path, 'name'],
          messageId: 'volume',
          params: { name: v.name, detail: errors.join('; ') },
          volumes: [v.name],
        });
      }
    }
  },
};
