// Requests on an init container, a native sidecar and the app: Kubernetes' aggregation rules.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-multi-container-resources.yaml',
  documents: [{ kind: 'Pod', name: 'resources-example', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'resources-example',
      podSpecPath: 'spec',
      // Memory limits equal requests, but no container limits cpu.
      qosClass: 'Burstable',
      podSecurity: 'baseline',
      // Running: app 300m/128Mi + sidecar 50m/64Mi = 350m/192Mi; init phase: setup alone
      // (it starts before the sidecar) 200m/64Mi. The larger wins per resource.
      requests: { cpu: '350m', memory: '192Mi' },
      limits: { memory: '192Mi' },
      unboundedLimits: ['cpu'],
      containers: [
        ['setup', 'init'],
        ['log-shipper', 'sidecar'],
        ['app', 'app'],
      ],
      volumes: [],
      mounts: [],
      shared: [],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['sidecar-without-limits', 'warning', 'spec.initContainers[1].resources.limits[cpu]'],
    [
      'privilege-escalation',
      'info',
      'spec.initContainers[0].securityContext.allowPrivilegeEscalation',
    ],
    [
      'privilege-escalation',
      'info',
      'spec.initContainers[1].securityContext.allowPrivilegeEscalation',
    ],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
  ],
  lines: [
    // No securityContext: the nearest existing node is the container item (`- name: app`).
    ['privilege-escalation', 'spec.containers[0].securityContext.allowPrivilegeEscalation', 27],
  ],
};
