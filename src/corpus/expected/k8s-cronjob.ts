// A CronJob: the pod spec sits under the job template.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

const J = 'spec.jobTemplate.spec.template.spec';

export const expectation: CorpusExpectation = {
  file: 'k8s-cronjob.yaml',
  documents: [{ kind: 'CronJob', name: 'hello', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'CronJob',
      name: 'hello',
      podSpecPath: J,
      qosClass: 'BestEffort',
      podSecurity: 'baseline',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [['hello', 'app']],
      volumes: [],
      mounts: [],
      shared: [],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', `${J}.containers[0].resources.requests`],
    ['missing-memory-limit', 'warning', `${J}.containers[0].resources.limits[memory]`],
    ['best-effort-pod', 'warning', `${J}.containers[0].resources`],
    // `busybox` has no tag; imagePullPolicy IfNotPresent does not pin a build either.
    ['latest-tag', 'warning', `${J}.containers[0].image`],
    ['privilege-escalation', 'info', `${J}.containers[0].securityContext.allowPrivilegeEscalation`],
  ],
  lines: [
    ['latest-tag', `${J}.containers[0].image`, 13],
    ['missing-requests', `${J}.containers[0].resources.requests`, 12],
  ],
};
