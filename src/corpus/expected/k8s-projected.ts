// A projected volume of two Secrets, mounted read-only.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-projected.yaml',
  documents: [{ kind: 'Pod', name: 'test-projected-volume', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'test-projected-volume',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [['test-projected-volume', 'app']],
      volumes: [['all-in-one', 'projected']],
      mounts: [['test-projected-volume', 'all-in-one', '/projected-volume', true]],
      shared: [],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    ['best-effort-pod', 'warning', 'spec.containers[0].resources'],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
    // Secrets user and pass are not in the input, which holds no Secret: no unresolved-reference.
  ],
  lines: [['missing-memory-limit', 'spec.containers[0].resources.limits[memory]', 7]],
};
