import type { PodRule } from './types';

/** hostIPC: true. */
export const rule: PodRule = {
  id: 'host-ipc',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/security/pod-security-standards/#baseline',
  summary: 'The pod uses the node’s IPC namespace.',
  messages: {
    default:
      'hostIPC is true: the containers share System V IPC objects and POSIX shared memory with the node and every other hostIPC pod, so they can read or corrupt shared memory segments that are not theirs',
  },
  fix: 'Remove hostIPC; containers of one pod already share an IPC namespace with each other.',
  check({ model, report }) {
    if (!model.hostIPC) return;
    report({
      path: [...model.workload.podSpecPath, 'hostIPC'],
      messageId: 'default',
      namespaces: ['ipc'],
      containers: model.containers.map((c) => c.name),
    });
  },
};
