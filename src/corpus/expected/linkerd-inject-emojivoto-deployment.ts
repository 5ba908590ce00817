// Linkerd's injection: proxy-init with NET_ADMIN, then the proxy as the first app container.
import { POD_NAMESPACES, TEMPLATE as T } from './common';
import type { CorpusExpectation } from './types';

const CAPS = `${T}.initContainers[0].securityContext.capabilities.add`;

export const expectation: CorpusExpectation = {
  file: 'linkerd-inject-emojivoto-deployment.yaml',
  documents: [
    { kind: 'Deployment', name: 'web', workload: true },
    { workload: false, empty: true },
  ],
  workloads: [
    {
      document: 0,
      kind: 'Deployment',
      name: 'web',
      podSpecPath: T,
      qosClass: 'BestEffort',
      podSecurity: 'privileged',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['linkerd-init', 'init'],
        ['linkerd-proxy', 'app'],
        ['web-svc', 'app'],
      ],
      volumes: [
        ['linkerd-proxy-init-xtables-lock', 'emptyDir'],
        ['linkerd-identity-end-entity', 'emptyDir'],
        ['linkerd-identity-token', 'projected'],
      ],
      mounts: [
        ['linkerd-init', 'linkerd-proxy-init-xtables-lock', '/run', false],
        [
          'linkerd-proxy',
          'linkerd-identity-end-entity',
          '/var/run/linkerd/identity/end-entity',
          false,
        ],
        ['linkerd-proxy', 'linkerd-identity-token', '/var/run/secrets/tokens', false],
      ],
      shared: [],
      ports: [
        ['linkerd-proxy', '4143/TCP', false],
        ['linkerd-proxy', '4191/TCP', false],
        ['web-svc', '80/TCP', false],
      ],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', `${T}.initContainers[0].resources.requests`],
    ['missing-requests', 'warning', `${T}.containers[0].resources.requests`],
    ['missing-requests', 'warning', `${T}.containers[1].resources.requests`],
    ['missing-memory-limit', 'warning', `${T}.initContainers[0].resources.limits[memory]`],
    ['missing-memory-limit', 'warning', `${T}.containers[0].resources.limits[memory]`],
    ['missing-memory-limit', 'warning', `${T}.containers[1].resources.limits[memory]`],
    // No default-container annotation: the injected proxy listed first is passed over, so
    // web-svc is the main container and the proxy the helper without limits.
    ['sidecar-without-limits', 'warning', `${T}.containers[0].resources.limits`],
    // At the main container, web-svc.
    ['best-effort-pod', 'warning', `${T}.containers[1].resources`],
    // Only web-svc leaves allowPrivilegeEscalation unset.
    ['privilege-escalation', 'info', `${T}.containers[1].securityContext.allowPrivilegeEscalation`],
    ['dangerous-capabilities', 'warning', `${CAPS}[0]`],
    ['dangerous-capabilities', 'warning', `${CAPS}[1]`],
    ['emptydir-no-size-limit', 'warning', `${T}.volumes[0].emptyDir.sizeLimit`],
    ['memory-volume-unbounded', 'warning', `${T}.volumes[1].emptyDir.sizeLimit`],
    // The xtables lock volume at /run is mounted by the init container alone: no socket-volume.
  ],
  lines: [
    ['dangerous-capabilities', `${CAPS}[0]`, 219],
    ['dangerous-capabilities', `${CAPS}[1]`, 220],
    ['privilege-escalation', `${T}.containers[1].securityContext.allowPrivilegeEscalation`, 185],
    ['emptydir-no-size-limit', `${T}.volumes[0].emptyDir.sizeLimit`, 233],
  ],
};
