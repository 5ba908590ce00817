import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'socket-volume',
  severity: 'info',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/#resource-sharing-and-communication',
  summary:
    'A volume shared by two or more containers at /run, /var/run or a *.sock path: a Unix-socket channel between them.',
  messages: {
    default:
      'volume {volume} is shared by containers {containers} and mounted at {mountPath} in {container}: a Unix domain socket created there lets these containers talk without the network (whoever can reach the socket can use the service behind it)',
  },
  fix: 'Mount the socket’s volume only in the containers that need it, readOnly where a container only connects (connecting needs no write access to the mount).',
} satisfies RuleFolderMeta;
