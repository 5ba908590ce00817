import type { PodRule } from './types';

/** shareProcessNamespace: true. */
export const rule: PodRule = {
  id: 'shared-process-namespace',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
  summary:
    'The containers share one PID namespace: processes, signals and /proc/<pid>/root are visible across containers.',
  messages: {
    default:
      'shareProcessNamespace is true: every container sees the others’ processes, can signal them (same user or CAP_KILL) and read their files through /proc/<pid>/root; the pause process becomes PID 1 and reaps zombies, so an application that expects to be PID 1 no longer is',
  },
  fix: 'Keep shareProcessNamespace only when a container really needs to see or signal another (debugging, a reloader sidecar); otherwise remove it.',
  check({ model, report }) {
    // With hostPID as well the pod is rejected (shared-pid-with-host-pid); this note would be noise.
    if (!model.shareProcessNamespace || model.hostPID) return;
    report({
      path: [...model.workload.podSpecPath, 'shareProcessNamespace'],
      messageId: 'default',
      namespaces: ['pid'],
      containers: model.containers.map((c) => c.name),
    });
  },
};
