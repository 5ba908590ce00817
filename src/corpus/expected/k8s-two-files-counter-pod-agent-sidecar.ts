// A logging agent (fluentd) reads the app's log files and its config from a ConfigMap.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-two-files-counter-pod-agent-sidecar.yaml',
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
        ['count-agent', 'app'],
      ],
      volumes: [
        ['varlog', 'emptyDir'],
        ['config-volume', 'configMap'],
      ],
      mounts: [
        ['count', 'varlog', '/var/log', false],
        ['count-agent', 'varlog', '/var/log', false],
        ['count-agent', 'config-volume', '/etc/fluentd-config', false],
      ],
      shared: ['varlog'],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests'],
    ['missing-requests', 'warning', 'spec.containers[1].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    ['missing-memory-limit', 'warning', 'spec.containers[1].resources.limits[memory]'],
    ['sidecar-without-limits', 'warning', 'spec.containers[1].resources.limits'],
    ['best-effort-pod', 'warning', 'spec.containers[0].resources'],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
    ['privilege-escalation', 'info', 'spec.containers[1].securityContext.allowPrivilegeEscalation'],
    ['emptydir-no-size-limit', 'warning', 'spec.volumes[0].emptyDir.sizeLimit'],
    ['shared-writable-volume', 'info', 'spec.volumes[0].name'],
    // The ConfigMap fluentd-config is not in the input, and the input holds no ConfigMap at
    // all: no unresolved-reference.
  ],
  lines: [
    ['shared-writable-volume', 'spec.volumes[0].name', 44],
    ['emptydir-no-size-limit', 'spec.volumes[0].emptyDir.sizeLimit', 45],
  ],
};
