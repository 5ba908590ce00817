import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'duplicate-port-name',
  severity: 'error',
  scope: 'pod',
  category: 'schema',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#ports',
  summary: 'Two ports of one container with one name.',
  messages: {
    default:
      'container {container} already has a port named "{name}" (ports[{first}]): Services and probes select ports by name, so names must be unique (Duplicate value)',
  },
  fix: 'Give each port of the container its own name (for example http and metrics).',
} satisfies RuleFolderMeta;
