import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'shared-writable-volume',
  severity: 'info',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/tasks/access-application-cluster/communicate-containers-same-pod-shared-volume/',
  summary: 'Two or more containers mount one volume read-write.',
  messages: {
    default:
      'containers {writers} mount volume {volume} read-write: they see each other’s writes at once, with no locking between them, so agree on who writes which files and mount it readOnly where a container only reads',
  },
  fix: 'Set readOnly: true on the volumeMounts of containers that only read; let one container own each file.',
} satisfies RuleFolderMeta;
