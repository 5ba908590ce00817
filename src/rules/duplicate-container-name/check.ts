import { formatPath } from '../../parse/path';
import type { PodRule } from '../types';
import { meta } from './meta';

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const seen = new Map<string, string>();
    for (const c of model.containers) {
      if (!c.name) continue;
      const first = seen.get(c.name);
      if (first === undefined) {
        seen.set(c.name, formatPath(c.path.slice(model.workload.podSpecPath.length)));
        continue;
      }
      report({
        path: [...c.path, 'name'],
        messageId: 'default',
        params: { name: c.name, first },
        containers: [c.name],
      });
    }
  },
};
