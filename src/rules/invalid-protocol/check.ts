import { containerLabel } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

const SUPPORTED = new Set(['TCP', 'UDP', 'SCTP']);

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const c of model.containers) {
      for (const p of c.ports) {
        // An empty protocol is defaulted to TCP like a missing one.
        if (p.protocol === '' || SUPPORTED.has(p.protocol)) continue;
        report({
          path: [...p.path, 'protocol'],
          messageId: 'default',
          params: { protocol: p.protocol, container: containerLabel(c) },
          containers: c.name ? [c.name] : undefined,
          ports:
            p.containerPort === undefined
              ? undefined
              : [`${c.name}:${p.containerPort}/${p.protocol}`],
        });
      }
    }
  },
};
