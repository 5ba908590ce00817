import type { PodRule } from './types';

// IsExtendedResourceName: a domain-prefixed name outside kubernetes.io (hugepages-*, cpu,
// memory and ephemeral-storage have no '/').
const isExtended = (name: string): boolean =>
  name.includes('/') && !name.includes('kubernetes.io/');

/** Extended resources (GPUs and other devices) requested by a container. */
export const rule: PodRule = {
  id: 'extended-resource-per-container',
  severity: 'info',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#extended-resources',
  summary:
    'A container requests GPUs or other extended resources, which belong to that container alone.',
  messages: {
    default:
      'container {container} asks for {quantity} {resource}: extended resources are whole units handed to this one container (a device plugin assigns the devices), so the pod’s other containers cannot use them, and they are never shared or overcommitted (request must equal limit)',
  },
  fix: 'Request the devices in the container that uses them; for sharing one GPU between containers or pods use the device plugin’s sharing (time-slicing, MIG, MPS) or dynamic resource allocation.',
  check({ model, report }) {
    // Ephemeral containers cannot set resources at all.
    for (const container of model.containers.filter((c) => c.role !== 'ephemeral')) {
      const { requests, limits } = container.resources;
      const names = [...new Set([...Object.keys(limits), ...Object.keys(requests)])].filter(
        isExtended,
      );
      for (const resource of names) {
        const field = resource in limits ? 'limits' : 'requests';
        report({
          path: [...container.path, 'resources', field, { key: resource }],
          messageId: 'default',
          params: {
            container: container.name,
            resource,
            quantity: limits[resource] ?? requests[resource],
          },
          containers: [container.name],
        });
      }
    }
  },
};
