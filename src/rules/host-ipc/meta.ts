import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'host-ipc',
  severity: 'warning',
  scope: 'pod',
  category: 'isolation',
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  summary: 'The pod uses the node’s IPC namespace.',
  messages: {
    default:
      'hostIPC is true: the containers share System V IPC objects and POSIX shared memory with the node and every other hostIPC pod, so they can read or corrupt shared memory segments that are not theirs',
  },
  fix: 'Remove hostIPC. Containers of one pod already share an IPC namespace with each other; nothing else is needed for them to cooperate.',
} satisfies RuleFolderMeta;
