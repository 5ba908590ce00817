import type { ContainerModel, PodModel } from '../../model/types';
import type { PodRule } from '../types';
import { meta } from './meta';

const DEFAULT_CONTAINER = 'kubectl.kubernetes.io/default-container';
const RESOURCES = ['cpu', 'memory'] as const;

// kubectl's notion of the main container: the annotation when it names an app container, else the first one.
function mainContainer(model: PodModel): ContainerModel | undefined {
  const apps = model.containers.filter((c) => c.role === 'app');
  const named = model.annotations[DEFAULT_CONTAINER];
  return apps.find((c) => c.name === named) ?? apps[0];
}

/** A native sidecar or helper app container without a cpu or memory limit. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const main = mainContainer(model);
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
