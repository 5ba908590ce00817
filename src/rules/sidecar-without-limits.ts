import type { ContainerModel, PodModel } from '../model/types';
import type { PodRule } from './types';

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
  id: 'sidecar-without-limits',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/sidecar-containers/#resource-sharing-within-containers',
  summary:
    'A sidecar or helper container has no CPU or memory limit, so it can starve the main application.',
  messages: {
    cpu: 'helper container {container} has no cpu limit: when busy it can use every idle core of the node and compete with the main container {main} beyond its own request',
    memory:
      'helper container {container} has no memory limit: a leak in it drives the node into memory pressure, and eviction takes the whole pod, main container {main} included',
    both: 'helper container {container} has neither a cpu nor a memory limit: it can compete with the main container {main} for every idle core, and a leak in it gets the whole pod evicted, {main} included',
  },
  fix: 'Give the sidecar its own resources.limits (cpu and memory) sized for its job; it should never need more than the application it serves.',
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
