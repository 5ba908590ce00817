// Burstable: one container requests memory, the other nothing.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-qos-pod-4.yaml',
  documents: [{ kind: 'Pod', name: 'qos-demo-4', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'qos-demo-4',
      podSpecPath: 'spec',
      qosClass: 'Burstable',
      podSecurity: 'baseline',
      requests: { memory: '200Mi' },
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['qos-demo-4-ctr-1', 'app'],
        ['qos-demo-4-ctr-2', 'app'],
      ],
      volumes: [],
      mounts: [],
      shared: [],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests[cpu]'],
    ['missing-requests', 'warning', 'spec.containers[1].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    ['missing-memory-limit', 'warning', 'spec.containers[1].resources.limits[memory]'],
    ['sidecar-without-limits', 'warning', 'spec.containers[1].resources.limits'],
    ['latest-tag', 'warning', 'spec.containers[0].image'],
    ['latest-tag', 'warning', 'spec.containers[1].image'],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
    ['privilege-escalation', 'info', 'spec.containers[1].securityContext.allowPrivilegeEscalation'],
  ],
  lines: [
    ['latest-tag', 'spec.containers[1].image', 20],
    ['missing-requests', 'spec.containers[0].resources.requests[cpu]', 14],
  ],
};
