import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'shared-pid-with-host-pid',
  severity: 'error',
  scope: 'pod',
  category: 'isolation',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
  summary: 'shareProcessNamespace and hostPID both true.',
  messages: {
    default:
      "shareProcessNamespace and hostPID cannot both be enabled: hostPID already puts every container in the node's PID namespace, so there is no pod PID namespace to share",
  },
  fix: 'Keep one: shareProcessNamespace to see the other containers’ processes, or hostPID (rarely needed) to see the node’s.',
} satisfies RuleFolderMeta;
