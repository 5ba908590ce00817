import { formatPath } from '../parse/path';
import type { PodRule } from './types';

export const rule: PodRule = {
  id: 'duplicate-container-name',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container',
  summary: 'A container name used twice across initContainers, containers and ephemeralContainers.',
  messages: {
    default:
      'container name "{name}" is already used by {first}: names must be unique across initContainers, containers and ephemeralContainers (Duplicate value)',
  },
  fix: 'Rename one of the containers; `kubectl logs -c`, `kubectl exec -c` and container statuses identify containers by name.',
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
