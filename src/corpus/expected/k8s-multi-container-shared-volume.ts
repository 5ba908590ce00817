// An init container writes content that nginx then serves read-only; the emptyDir is bounded.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-multi-container-shared-volume.yaml',
  documents: [{ kind: 'Pod', name: 'shared-volume-example', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'shared-volume-example',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['content-writer', 'init'],
        ['web', 'app'],
      ],
      volumes: [['content', 'emptyDir']],
      mounts: [
        ['content-writer', 'content', '/content', false],
        ['web', 'content', '/usr/share/nginx/html', true],
      ],
      shared: ['content'],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.initContainers[0].resources.requests'],
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.initContainers[0].resources.limits[memory]'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    ['best-effort-pod', 'warning', 'spec.containers[0].resources'],
    [
      'privilege-escalation',
      'info',
      'spec.initContainers[0].securityContext.allowPrivilegeEscalation',
    ],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
    // sizeLimit: 10Mi is set, and only the init container writes: nothing about the volume.
  ],
  lines: [['missing-requests', 'spec.initContainers[0].resources.requests', 7]],
};
