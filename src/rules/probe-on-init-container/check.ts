import { containerLabel } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

const FIELDS = ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe'] as const;

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const c of model.containers) {
      if (c.role !== 'init') continue;
      for (const field of FIELDS) {
        if (c.raw[field] === undefined || c.raw[field] === null) continue;
        report({
          path: [...c.path, field],
          messageId: 'default',
          params: { field, container: containerLabel(c) },
          containers: c.name ? [c.name] : undefined,
        });
      }
    }
  },
};
