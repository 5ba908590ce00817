import { mainContainerOf } from '../../model/mainContainer';
import type { PodRule } from '../types';
import { meta } from './meta';

const RESOURCES = ['cpu', 'memory'] as const;

/** A native sidecar or helper app container without a cpu or memory limit. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const main = mainContainerOf(model)?.container;
    if (!main) return;
    for (const container of model.containers) {
      if (container === main || (container.role !== 'app' && container.role !== 'sidecar'))
        continue;
      const missing = RESOURCES.filter((r) => !(r in container.resources.limits));
      if (missing.length === 0) continue;
      const base = [...container.path, 'resources', 'limits'];
      report({
        path: missing.length === 1 ? [...base, { key: missing[0] }] : base,
        messageId: missing.length === 1 ? missing[0] : 'both',
        params: { container: container.name, main: main.name },
        containers: [container.name],
      });
    }
  },
};
