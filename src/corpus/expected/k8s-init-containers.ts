// An init container fills an emptyDir that nginx serves once it has finished.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-init-containers.yaml',
  documents: [{ kind: 'Pod', name: 'init-demo', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'init-demo',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['install', 'init'],
        ['nginx', 'app'],
      ],
      volumes: [['workdir', 'emptyDir']],
      mounts: [
        ['install', 'workdir', '/work-dir', false],
        ['nginx', 'workdir', '/usr/share/nginx/html', false],
      ],
      shared: ['workdir'],
      ports: [['nginx', '80/TCP', false]],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.initContainers[0].resources.requests'],
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.initContainers[0].resources.limits[memory]'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    ['best-effort-pod', 'warning', 'spec.containers[0].resources'],
    ['latest-tag', 'warning', 'spec.containers[0].image'],
    [
      'privilege-escalation',
      'info',
      'spec.initContainers[0].securityContext.allowPrivilegeEscalation',
    ],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
    ['emptydir-no-size-limit', 'warning', 'spec.volumes[0].emptyDir.sizeLimit'],
    // Both mount workdir read-write, but install has exited before nginx starts: no two
    // writers at once, so no shared-writable-volume. dnsPolicy Default without hostNetwork
    // is no finding either.
  ],
  lines: [
    ['latest-tag', 'spec.containers[0].image', 11],
    ['emptydir-no-size-limit', 'spec.volumes[0].emptyDir.sizeLimit', 38],
  ],
};
