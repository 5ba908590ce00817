// A native sidecar writes a config file; its startupProbe holds the app back until it exists.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-multi-container-startup-coordination.yaml',
  documents: [{ kind: 'Pod', name: 'startup-coordination-example', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'startup-coordination-example',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['config-sidecar', 'sidecar'],
        ['main-app', 'app'],
      ],
      volumes: [['config', 'emptyDir']],
      mounts: [
        ['config-sidecar', 'config', '/config', false],
        ['main-app', 'config', '/config', false],
      ],
      shared: ['config'],
      ports: [],
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
    ['emptydir-no-size-limit', 'warning', 'spec.volumes[0].emptyDir.sizeLimit'],
    ['shared-writable-volume', 'info', 'spec.volumes[0].name'],
    // A startupProbe on a native sidecar is allowed: no probe-on-init-container.
  ],
  lines: [
    ['shared-writable-volume', 'spec.volumes[0].name', 26],
    ['emptydir-no-size-limit', 'spec.volumes[0].emptyDir.sizeLimit', 27],
  ],
};
