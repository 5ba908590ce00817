// A Job with a native sidecar: the sidecar does not keep the Job from completing.
import { POD_NAMESPACES, TEMPLATE as T } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-job-sidecar.yaml',
  documents: [{ kind: 'Job', name: 'myjob', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Job',
      name: 'myjob',
      podSpecPath: T,
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['logshipper', 'sidecar'],
        ['myjob', 'app'],
      ],
      volumes: [['data', 'emptyDir']],
      mounts: [
        ['logshipper', 'data', '/opt', false],
        ['myjob', 'data', '/opt', false],
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
    ['shared-writable-volume', 'info', `${T}.volumes[0].name`],
  ],
  lines: [
    ['latest-tag', `${T}.containers[0].image`, 10],
    ['latest-tag', `${T}.initContainers[0].image`, 17],
    ['shared-writable-volume', `${T}.volumes[0].name`, 26],
    ['emptydir-no-size-limit', `${T}.volumes[0].emptyDir.sizeLimit`, 27],
  ],
};
