import { validateIanaSvcName } from '../k8s/names';
import { containerLabel, portChip } from './missing-required';
import type { PodRule } from './types';

export const rule: PodRule = {
  id: 'duplicate-port-name',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  summary: 'Two ports of one container with one name.',
  messages: {
    default:
      'container {container} already has a port named "{name}" (ports[{first}]): Services and probes select ports by name, so names must be unique (Duplicate value)',
  },
  fix: 'Give each port of the container its own name (for example http and metrics).',
  check({ model, report }) {
    for (const c of model.containers) {
      const seen = new Map<string, number>();
      for (const p of c.ports) {
        // The API server only compares names that are themselves valid; invalid-name reports the rest.
        if (!p.name || validateIanaSvcName(p.name).length > 0) continue;
        const first = seen.get(p.name);
        if (first === undefined) {
          seen.set(p.name, p.index);
          continue;
        }
        report({
          path: [...p.path, 'name'],
          messageId: 'default',
          params: { container: containerLabel(c), name: p.name, first },
          containers: c.name ? [c.name] : undefined,
          ports: portChip(c, p),
        });
      }
    }
  },
};
