import type { PodRule } from './types';

export const rule: PodRule = {
  id: 'shared-pid-with-host-pid',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/tasks/configure-pod-container/share-process-namespace/',
  summary: 'shareProcessNamespace and hostPID both true.',
  messages: {
    default:
      "shareProcessNamespace and hostPID cannot both be enabled: hostPID already puts every container in the node's PID namespace, so there is no pod PID namespace to share",
  },
  fix: "Keep one: hostPID: true to see the node's processes (rarely needed), or shareProcessNamespace: true to see the other containers' processes.",
  check({ model, report }) {
    if (!model.shareProcessNamespace || !model.hostPID) return;
    report({
      path: [...model.workload.podSpecPath, 'shareProcessNamespace'],
      messageId: 'default',
      namespaces: ['pid'],
    });
  },
};
