// A ConfigMap mounted as a directory of files.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-pod-configmap-volume.yaml',
  documents: [{ kind: 'Pod', name: 'dapi-test-pod', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'dapi-test-pod',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [['test-container', 'app']],
      volumes: [['config-volume', 'configMap']],
      mounts: [['test-container', 'config-volume', '/etc/config', false]],
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
  ],
  lines: [
    ['privilege-escalation', 'spec.containers[0].securityContext.allowPrivilegeEscalation', 9],
  ],
};
