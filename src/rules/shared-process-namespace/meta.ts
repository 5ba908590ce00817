import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'shared-process-namespace',
  severity: 'warning',
  scope: 'pod',
  category: 'isolation',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
  summary:
    'The containers share one PID namespace: processes, signals and /proc/<pid>/root are visible across containers.',
  messages: {
    default:
      'shareProcessNamespace is true: every container sees the others’ processes, can signal them (same user or CAP_KILL) and read their files through /proc/<pid>/root; the pause process becomes PID 1 and reaps the zombies of orphaned processes (children of a live parent that never waits stay zombies), and an application that expects to be PID 1 no longer is',
  },
  fix: 'Share the PID namespace only when a container really needs another’s processes; for a one-off look use kubectl debug with --target instead. Signal processes by name or real PID (pkill -HUP nginx), never `kill -HUP 1`.',
} satisfies RuleFolderMeta;
