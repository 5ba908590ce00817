import { containerLabel } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const c of model.containers) {
      const seen = new Map<string, string>();
      for (const m of c.mounts) {
        // The comparison is on the exact string, as the API server does: /data and /data/ differ.
        if (!m.mountPath) continue;
        const first = seen.get(m.mountPath);
        if (first === undefined) {
          seen.set(m.mountPath, m.name ?? '');
          continue;
        }
        const volume = m.name ?? '';
        report({
          path: [...m.path, 'mountPath'],
          messageId: first === volume ? 'sameVolume' : 'default',
          params: { container: containerLabel(c), mountPath: m.mountPath, volume, first },
          containers: c.name ? [c.name] : undefined,
          volumes: [...new Set([first, volume].filter(Boolean))],
        });
      }
    }
  },
};
