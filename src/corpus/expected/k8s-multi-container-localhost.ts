// A sidecar talks to the app over localhost: one network namespace for the pod.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-multi-container-localhost.yaml',
  documents: [{ kind: 'Pod', name: 'localhost-example', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'localhost-example',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['client', 'sidecar'],
        ['web', 'app'],
      ],
      volumes: [],
      mounts: [],
      shared: [],
      ports: [['web', '80/TCP', false]],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.initContainers[0].resources.requests'],
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.initContainers[0].resources.limits[memory]'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    ['sidecar-without-limits', 'warning', 'spec.initContainers[0].resources.limits'],
    ['best-effort-pod', 'warning', 'spec.containers[0].resources'],
    [
      'privilege-escalation',
      'info',
      'spec.initContainers[0].securityContext.allowPrivilegeEscalation',
    ],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
  ],
  lines: [
    ['sidecar-without-limits', 'spec.initContainers[0].resources.limits', 7],
    ['best-effort-pod', 'spec.containers[0].resources', 12],
  ],
};
