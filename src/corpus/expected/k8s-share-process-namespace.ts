// shareProcessNamespace: one PID namespace for nginx and the debugging shell.
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-share-process-namespace.yaml',
  documents: [{ kind: 'Pod', name: 'nginx', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'nginx',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['nginx', 'app'],
        ['shell', 'app'],
      ],
      volumes: [],
      mounts: [],
      shared: [],
      ports: [],
      namespaces: { network: 'pod', ipc: 'pod', uts: 'pod', pid: 'pod' },
    },
  ],
  findings: [
    ['shared-process-namespace', 'warning', 'spec.shareProcessNamespace'],
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests'],
    ['missing-requests', 'warning', 'spec.containers[1].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    ['missing-memory-limit', 'warning', 'spec.containers[1].resources.limits[memory]'],
    ['sidecar-without-limits', 'warning', 'spec.containers[1].resources.limits'],
    ['best-effort-pod', 'warning', 'spec.containers[0].resources'],
    // busybox:1.28 is pinned; nginx is not.
    ['latest-tag', 'warning', 'spec.containers[0].image'],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
    ['privilege-escalation', 'info', 'spec.containers[1].securityContext.allowPrivilegeEscalation'],
  ],
  lines: [
    ['shared-process-namespace', 'spec.shareProcessNamespace', 6],
    ['latest-tag', 'spec.containers[0].image', 9],
    // No resources at all: the nearest existing node is the container item itself.
    ['missing-requests', 'spec.containers[1].resources.requests', 10],
  ],
};
