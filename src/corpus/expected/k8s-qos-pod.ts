// Guaranteed: requests equal limits for cpu and memory in the only container.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-qos-pod.yaml',
  documents: [{ kind: 'Pod', name: 'qos-demo', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'qos-demo',
      podSpecPath: 'spec',
      qosClass: 'Guaranteed',
      podSecurity: 'baseline',
      requests: { cpu: '700m', memory: '200Mi' },
      limits: { cpu: '700m', memory: '200Mi' },
      unboundedLimits: [],
      containers: [['qos-demo-ctr', 'app']],
      volumes: [],
      mounts: [],
      shared: [],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['latest-tag', 'warning', 'spec.containers[0].image'],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
  ],
  lines: [['latest-tag', 'spec.containers[0].image', 12]],
};
