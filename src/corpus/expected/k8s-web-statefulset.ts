// A headless Service and a StatefulSet whose volume comes from a volumeClaimTemplate.
import { POD_NAMESPACES, TEMPLATE as T } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-web-statefulset.yaml',
  documents: [
    { kind: 'Service', name: 'nginx', workload: false },
    { kind: 'StatefulSet', name: 'web', workload: true },
  ],
  workloads: [
    {
      document: 1,
      kind: 'StatefulSet',
      name: 'web',
      podSpecPath: T,
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [['nginx', 'app']],
      // The claim template `www` is the volume the mount names: no volume-not-found.
      volumes: [['www', 'persistentVolumeClaim']],
      mounts: [['nginx', 'www', '/usr/share/nginx/html', false]],
      shared: [],
      ports: [['nginx', '80/TCP', false]],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', `${T}.containers[0].resources.requests`],
    ['missing-memory-limit', 'warning', `${T}.containers[0].resources.limits[memory]`],
    ['best-effort-pod', 'warning', `${T}.containers[0].resources`],
    ['privilege-escalation', 'info', `${T}.containers[0].securityContext.allowPrivilegeEscalation`],
  ],
  lines: [['missing-requests', `${T}.containers[0].resources.requests`, 31]],
};
