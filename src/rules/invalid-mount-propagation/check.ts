import { containerLabel } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

const SUPPORTED = new Set(['None', 'HostToContainer', 'Bidirectional']);

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const c of model.containers) {
      for (const m of c.mounts) {
        const value = m.mountPropagation;
        if (value === undefined) continue;
        const base = {
          path: [...m.path, 'mountPropagation'],
          params: { value, volume: m.name ?? '', container: containerLabel(c) },
          containers: c.name ? [c.name] : undefined,
          volumes: m.name ? [m.name] : undefined,
        };
        if (!SUPPORTED.has(value)) report({ ...base, messageId: 'unsupported' });
        else if (value === 'Bidirectional' && !c.privileged)
          report({ ...base, messageId: 'notPrivileged' });
      }
    }
  },
};
