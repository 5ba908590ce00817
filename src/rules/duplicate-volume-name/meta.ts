import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'duplicate-volume-name',
  severity: 'error',
  scope: 'pod',
  category: 'schema',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  summary: 'Two volumes of a pod with one name.',
  messages: {
    default:
      'volume name "{name}" is already used by volumes[{first}]: mounts refer to volumes by name, so names must be unique (Duplicate value)',
  },
  fix: 'Rename one of the volumes (and the volumeMounts that should use it), or merge them into one volume.',
} satisfies RuleFolderMeta;
