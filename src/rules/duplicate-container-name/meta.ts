import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'duplicate-container-name',
  severity: 'error',
  scope: 'pod',
  category: 'schema',
  docs: 'https://kubernetes.io/docs/reference/kubernetes-api/workload-resources/pod-v1/#Container',
  summary: 'A container name used twice across initContainers, containers and ephemeralContainers.',
  messages: {
    default:
      'container name "{name}" is already used by {first}: names must be unique across initContainers, containers and ephemeralContainers (Duplicate value)',
  },
  fix: 'Rename one of the containers; `kubectl logs -c`, `kubectl exec -c` and container statuses identify containers by name.',
} satisfies RuleFolderMeta;
