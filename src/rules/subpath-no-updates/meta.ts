import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'subpath-no-updates',
  severity: 'info',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically',
  summary:
    'A ConfigMap, Secret or projected volume is mounted with subPath, so it never receives updates.',
  messages: {
    default:
      'container {container} mounts {type} volume {volume} with {field} {subPath}: a subPath mount is a bind mount of the first snapshot, so later changes to the object never reach this container until it restarts',
  },
  fix: 'Mount the whole volume at a directory (pick keys with items) and point the application at the file inside, or roll the pods when the object changes (a checksum annotation).',
} satisfies RuleFolderMeta;
