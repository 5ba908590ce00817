// The plain nginx Deployment of the Deployment tutorial.
import { POD_NAMESPACES, TEMPLATE as T } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-deployment.yaml',
  documents: [{ kind: 'Deployment', name: 'nginx-deployment', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Deployment',
      name: 'nginx-deployment',
      podSpecPath: T,
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [['nginx', 'app']],
      volumes: [],
      mounts: [],
      shared: [],
      ports: [['nginx', '80/TCP', false]],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', `${T}.containers[0].resources.requests`],
    ['missing-memory-limit', 'warning', `${T}.containers[0].resources.limits[memory]`],
    ['best-effort-pod', 'warning', `${T}.containers[0].resources`],
    ['privilege-escalation', 'info', `${T}.containers[0].securityContext.allowPrivilegeEscalation`],
  ],
  lines: [['missing-memory-limit', `${T}.containers[0].resources.limits[memory]`, 16]],
};
