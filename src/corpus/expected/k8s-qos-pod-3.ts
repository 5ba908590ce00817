// BestEffort: one container without any resources.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-qos-pod-3.yaml',
  documents: [{ kind: 'Pod', name: 'qos-demo-3', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'qos-demo-3',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [['qos-demo-3-ctr', 'app']],
      volumes: [],
      mounts: [],
      shared: [],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    ['best-effort-pod', 'warning', 'spec.containers[0].resources'],
    ['latest-tag', 'warning', 'spec.containers[0].image'],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
  ],
  lines: [
    ['latest-tag', 'spec.containers[0].image', 12],
    // The container's flow mapping opens on `containers: [{`.
    ['best-effort-pod', 'spec.containers[0].resources', 10],
  ],
};
