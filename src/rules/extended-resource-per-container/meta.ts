import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'extended-resource-per-container',
  severity: 'info',
  scope: 'pod',
  category: 'resources',
  docs: 'https://kubernetes.io/docs/concepts/configuration/manage-resources-containers/#extended-resources',
  summary:
    'A container requests GPUs or other extended resources, which belong to that container alone.',
  messages: {
    default:
      'container {container} asks for {quantity} {resource}: extended resources are whole units handed to this one container (a device plugin assigns the devices), so the pod’s other containers cannot use them, and they are never shared or overcommitted (request must equal limit)',
  },
  fix: 'Request the device in the container that uses it. To share a GPU, use the device plugin’s sharing (time-slicing, MIG, MPS) or dynamic resource allocation, or run both processes in one container.',
} satisfies RuleFolderMeta;
