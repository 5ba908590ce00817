// Burstable: a memory request below its limit, and no cpu at all.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-qos-pod-2.yaml',
  documents: [{ kind: 'Pod', name: 'qos-demo-2', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'qos-demo-2',
      podSpecPath: 'spec',
      qosClass: 'Burstable',
      podSecurity: 'baseline',
      requests: { memory: '100Mi' },
      limits: { memory: '200Mi' },
      unboundedLimits: ['cpu'],
      containers: [['qos-demo-2-ctr', 'app']],
      volumes: [],
      mounts: [],
      shared: [],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests[cpu]'],
    ['latest-tag', 'warning', 'spec.containers[0].image'],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
  ],
  lines: [
    ['latest-tag', 'spec.containers[0].image', 12],
    // requests[cpu] is absent; `requests: {` opens on line 17.
    ['missing-requests', 'spec.containers[0].resources.requests[cpu]', 17],
  ],
};
