// Istio's classic injection: an iptables init container and the proxy as a second app container.
import { POD_NAMESPACES, TEMPLATE as T } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'istio-hello-injected.yaml',
  documents: [
    { kind: 'Deployment', name: 'hello', workload: true },
    { workload: false, empty: true },
  ],
  workloads: [
    {
      document: 0,
      kind: 'Deployment',
      name: 'hello',
      podSpecPath: T,
      qosClass: 'Burstable',
      podSecurity: 'privileged',
      // Running: istio-proxy 100m/128Mi (hello has none); init phase: istio-init 10m/10Mi.
      requests: { cpu: '100m', memory: '128Mi' },
      // Running: istio-proxy 2/1Gi; init phase: 100m/50Mi. hello limits nothing, so the pod
      // cgroup has no cap at all.
      limits: { cpu: '2', memory: '1Gi' },
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['istio-init', 'init'],
        ['hello', 'app'],
        ['istio-proxy', 'app'],
      ],
      volumes: [
        ['istio-envoy', 'emptyDir'],
        ['podinfo', 'downwardAPI'],
        ['istio-token', 'projected'],
        ['istiod-ca-cert', 'configMap'],
      ],
      mounts: [
        ['istio-proxy', 'istiod-ca-cert', '/var/run/secrets/istio', false],
        ['istio-proxy', 'istio-envoy', '/etc/istio/proxy', false],
        ['istio-proxy', 'istio-token', '/var/run/secrets/tokens', false],
        ['istio-proxy', 'podinfo', '/etc/istio/pod', false],
      ],
      shared: [],
      ports: [
        ['hello', '80/TCP', false],
        ['istio-proxy', '15090/TCP', false],
      ],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    // `resources: {}`: hello requests and limits nothing.
    ['missing-requests', 'warning', `${T}.containers[0].resources.requests`],
    ['missing-memory-limit', 'warning', `${T}.containers[0].resources.limits[memory]`],
    ['latest-tag', 'warning', `${T}.initContainers[0].image`],
    ['latest-tag', 'warning', `${T}.containers[1].image`],
    ['privilege-escalation', 'info', `${T}.containers[0].securityContext.allowPrivilegeEscalation`],
    // Neither NET_ADMIN nor NET_RAW is in the Pod Security Standards' baseline set.
    [
      'dangerous-capabilities',
      'warning',
      `${T}.initContainers[0].securityContext.capabilities.add[0]`,
    ],
    [
      'dangerous-capabilities',
      'warning',
      `${T}.initContainers[0].securityContext.capabilities.add[1]`,
    ],
    // A tmpfs without sizeLimit; the disk rule does not apply to medium Memory.
    ['memory-volume-unbounded', 'warning', `${T}.volumes[0].emptyDir.sizeLimit`],
    // creationTimestamp: null (ObjectMeta), strategy: {} and status: {} are all known fields.
  ],
  lines: [
    ['latest-tag', `${T}.containers[1].image`, 106],
    ['latest-tag', `${T}.initContainers[0].image`, 165],
    ['dangerous-capabilities', `${T}.initContainers[0].securityContext.capabilities.add[0]`, 179],
    ['dangerous-capabilities', `${T}.initContainers[0].securityContext.capabilities.add[1]`, 180],
    ['missing-requests', `${T}.containers[0].resources.requests`, 35],
  ],
};
