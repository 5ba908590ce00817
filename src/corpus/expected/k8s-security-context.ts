// Pod-level runAsUser/fsGroup and allowPrivilegeEscalation: false on the container.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-security-context.yaml',
  documents: [{ kind: 'Pod', name: 'security-context-demo', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'security-context-demo',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [['sec-ctx-demo', 'app']],
      volumes: [['sec-ctx-vol', 'emptyDir']],
      mounts: [['sec-ctx-demo', 'sec-ctx-vol', '/data/demo', false]],
      shared: [],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    ['best-effort-pod', 'warning', 'spec.containers[0].resources'],
    ['emptydir-no-size-limit', 'warning', 'spec.volumes[0].emptyDir.sizeLimit'],
  ],
  lines: [
    ['emptydir-no-size-limit', 'spec.volumes[0].emptyDir.sizeLimit', 11],
    ['missing-requests', 'spec.containers[0].resources.requests', 13],
  ],
};
