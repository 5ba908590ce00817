// Two streaming sidecars each tail one log file the app writes into a shared emptyDir.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-two-files-counter-pod-streaming-sidecar.yaml',
  documents: [{ kind: 'Pod', name: 'counter', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'counter',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['count', 'app'],
        ['count-log-1', 'app'],
        ['count-log-2', 'app'],
      ],
      volumes: [['varlog', 'emptyDir']],
      mounts: [
        ['count', 'varlog', '/var/log', false],
        ['count-log-1', 'varlog', '/var/log', false],
        ['count-log-2', 'varlog', '/var/log', false],
      ],
      shared: ['varlog'],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests'],
    ['missing-requests', 'warning', 'spec.containers[1].resources.requests'],
    ['missing-requests', 'warning', 'spec.containers[2].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    ['missing-memory-limit', 'warning', 'spec.containers[1].resources.limits[memory]'],
    ['missing-memory-limit', 'warning', 'spec.containers[2].resources.limits[memory]'],
    ['sidecar-without-limits', 'warning', 'spec.containers[1].resources.limits'],
    ['sidecar-without-limits', 'warning', 'spec.containers[2].resources.limits'],
    ['best-effort-pod', 'warning', 'spec.containers[0].resources'],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
    ['privilege-escalation', 'info', 'spec.containers[1].securityContext.allowPrivilegeEscalation'],
    ['privilege-escalation', 'info', 'spec.containers[2].securityContext.allowPrivilegeEscalation'],
    ['emptydir-no-size-limit', 'warning', 'spec.volumes[0].emptyDir.sizeLimit'],
    // The tailers only read, but they mount varlog read-write too.
    ['shared-writable-volume', 'info', 'spec.volumes[0].name'],
  ],
  lines: [
    ['shared-writable-volume', 'spec.volumes[0].name', 54],
    ['emptydir-no-size-limit', 'spec.volumes[0].emptyDir.sizeLimit', 55],
    // The third container's flow mapping opens with `}, {` on line 40.
    ['sidecar-without-limits', 'spec.containers[2].resources.limits', 40],
  ],
};
