// A native sidecar (init container with restartPolicy Always) tails the app's log file.
import { POD_NAMESPACES, TEMPLATE as T } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-deployment-sidecar.yaml',
  documents: [{ kind: 'Deployment', name: 'myapp', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Deployment',
      name: 'myapp',
      podSpecPath: T,
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['logshipper', 'sidecar'],
        ['myapp', 'app'],
      ],
      volumes: [['data', 'emptyDir']],
      mounts: [
        ['logshipper', 'data', '/opt', false],
        ['myapp', 'data', '/opt', false],
      ],
      shared: ['data'],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', `${T}.initContainers[0].resources.requests`],
    ['missing-requests', 'warning', `${T}.containers[0].resources.requests`],
    ['missing-memory-limit', 'warning', `${T}.initContainers[0].resources.limits[memory]`],
    ['missing-memory-limit', 'warning', `${T}.containers[0].resources.limits[memory]`],
    ['sidecar-without-limits', 'warning', `${T}.initContainers[0].resources.limits`],
    ['best-effort-pod', 'warning', `${T}.containers[0].resources`],
    ['latest-tag', 'warning', `${T}.initContainers[0].image`],
    ['latest-tag', 'warning', `${T}.containers[0].image`],
    [
      'privilege-escalation',
      'info',
      `${T}.initContainers[0].securityContext.allowPrivilegeEscalation`,
    ],
    ['privilege-escalation', 'info', `${T}.containers[0].securityContext.allowPrivilegeEscalation`],
    ['emptydir-no-size-limit', 'warning', `${T}.volumes[0].emptyDir.sizeLimit`],
    // The sidecar runs alongside myapp, so both write /opt at the same time.
    ['shared-writable-volume', 'info', `${T}.volumes[0].name`],
  ],
  lines: [
    ['latest-tag', `${T}.containers[0].image`, 19],
    ['latest-tag', `${T}.initContainers[0].image`, 26],
    ['shared-writable-volume', `${T}.volumes[0].name`, 34],
    ['emptydir-no-size-limit', `${T}.volumes[0].emptyDir.sizeLimit`, 35],
    ['missing-requests', `${T}.initContainers[0].resources.requests`, 25],
  ],
};
