// A memory request below the limit; the stress tool allocates 150M, between the two.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-memory-request-limit.yaml',
  documents: [{ kind: 'Pod', name: 'memory-demo', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'memory-demo',
      podSpecPath: 'spec',
      qosClass: 'Burstable',
      podSecurity: 'baseline',
      requests: { memory: '100Mi' },
      limits: { memory: '200Mi' },
      unboundedLimits: ['cpu'],
      containers: [['memory-demo-ctr', 'app']],
      volumes: [],
      mounts: [],
      shared: [],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests[cpu]'],
    // polinux/stress has no tag.
    ['latest-tag', 'warning', 'spec.containers[0].image'],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
  ],
  lines: [
    ['latest-tag', 'spec.containers[0].image', 12],
    ['missing-requests', 'spec.containers[0].resources.requests[cpu]', 14],
  ],
};
