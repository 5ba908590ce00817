import { containerLabel, portChip } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    if (!model.hostNetwork) return;
    // The API server checks spec.containers only; init containers are not validated for this.
    for (const c of model.containers) {
      if (c.list !== 'containers') continue;
      for (const p of c.ports) {
        if (p.hostPortDefaulted || p.hostPort === undefined || p.containerPort === undefined)
          continue;
        if (p.hostPort === p.containerPort) continue;
        report({
          path: [...p.path, 'hostPort'],
          messageId: 'default',
          params: {
            hostPort: p.hostPort,
            containerPort: p.containerPort,
            container: containerLabel(c),
          },
          containers: c.name ? [c.name] : undefined,
          namespaces: ['network'],
          ports: portChip(c, p),
        });
      }
    }
  },
};
