// A documentation template: placeholders stand where names and the app's image go.
import { POD_NAMESPACES, TEMPLATE as T } from './common';
import type { CorpusExpectation } from './types';

const APP = '<YOUR-APPLICATION-NAME>';

export const expectation: CorpusExpectation = {
  file: 'cloud-sql-proxy-sidecar-workload-identity.yaml',
  documents: [{ kind: 'Deployment', name: '<YOUR-DEPLOYMENT-NAME>', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Deployment',
      name: '<YOUR-DEPLOYMENT-NAME>',
      podSpecPath: T,
      qosClass: 'Burstable',
      podSecurity: 'baseline',
      requests: { cpu: '1', memory: '2Gi' },
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        [APP, 'app'],
        ['cloud-sql-proxy', 'app'],
      ],
      volumes: [],
      mounts: [],
      shared: [],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    // `<`, `>` and upper case are not allowed in a DNS-1123 label.
    ['invalid-name', 'error', `${T}.containers[0].name`],
    // The API server requires an image in pod templates too ("containers[0].image: Required value").
    ['missing-required', 'error', `${T}.containers[0].image`],
    ['missing-requests', 'warning', `${T}.containers[0].resources.requests`],
    ['missing-memory-limit', 'warning', `${T}.containers[0].resources.limits[memory]`],
    ['missing-memory-limit', 'warning', `${T}.containers[1].resources.limits[memory]`],
    // The first app container is the main one; the proxy requests 1 cpu/2Gi but limits nothing.
    ['sidecar-without-limits', 'warning', `${T}.containers[1].resources.limits`],
    ['privilege-escalation', 'info', `${T}.containers[0].securityContext.allowPrivilegeEscalation`],
    ['privilege-escalation', 'info', `${T}.containers[1].securityContext.allowPrivilegeEscalation`],
    // No image at all is missing-required, not latest-tag.
  ],
  lines: [
    ['invalid-name', `${T}.containers[0].name`, 33],
    ['missing-required', `${T}.containers[0].image`, 33],
  ],
};
