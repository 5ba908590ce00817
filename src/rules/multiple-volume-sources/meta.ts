import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'multiple-volume-sources',
  severity: 'error',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  summary: 'A volume with more than one source (for example both emptyDir and configMap).',
  messages: {
    default:
      'volume "{volume}" has more than one source ({sources}): may not specify more than 1 volume type',
  },
  fix: 'Keep one source per volume. To combine ConfigMaps, Secrets and downward API files in one directory, use a projected volume.',
} satisfies RuleFolderMeta;
