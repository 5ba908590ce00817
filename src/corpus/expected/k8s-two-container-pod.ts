// Two app containers share one emptyDir (the seed's "one volume, two mount paths").
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-two-container-pod.yaml',
  documents: [{ kind: 'Pod', name: 'two-containers', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'two-containers',
      podSpecPath: 'spec',
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['nginx-container', 'app'],
        ['debian-container', 'app'],
      ],
      volumes: [['shared-data', 'emptyDir']],
      mounts: [
        ['nginx-container', 'shared-data', '/usr/share/nginx/html', false],
        ['debian-container', 'shared-data', '/pod-data', false],
      ],
      shared: ['shared-data'],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests'],
    ['missing-requests', 'warning', 'spec.containers[1].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    ['missing-memory-limit', 'warning', 'spec.containers[1].resources.limits[memory]'],
    // The first app container is the main one; the second is a helper without limits.
    ['sidecar-without-limits', 'warning', 'spec.containers[1].resources.limits'],
    ['best-effort-pod', 'warning', 'spec.containers[0].resources'],
    // `nginx` and `debian` carry no tag, so they mean :latest.
    ['latest-tag', 'warning', 'spec.containers[0].image'],
    ['latest-tag', 'warning', 'spec.containers[1].image'],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
    ['privilege-escalation', 'info', 'spec.containers[1].securityContext.allowPrivilegeEscalation'],
    ['emptydir-no-size-limit', 'warning', 'spec.volumes[0].emptyDir.sizeLimit'],
    ['shared-writable-volume', 'info', 'spec.volumes[0].name'],
  ],
  lines: [
    ['latest-tag', 'spec.containers[0].image', 16],
    ['latest-tag', 'spec.containers[1].image', 23],
    ['shared-writable-volume', 'spec.volumes[0].name', 11],
    // sizeLimit is absent: the nearest existing node is `emptyDir: {}`.
    ['emptydir-no-size-limit', 'spec.volumes[0].emptyDir.sizeLimit', 12],
  ],
};
