// Istio with native sidecars: the proxy is an init container with restartPolicy Always.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

const CAPS = 'spec.initContainers[0].securityContext.capabilities.add';

export const expectation: CorpusExpectation = {
  file: 'istio-native-sidecar-injected.yaml',
  documents: [
    { kind: 'Pod', name: 'hello', workload: true },
    { workload: false, empty: true },
  ],
  workloads: [
    {
      document: 0,
      kind: 'Pod',
      name: 'hello',
      podSpecPath: 'spec',
      qosClass: 'Burstable',
      podSecurity: 'privileged',
      // Running: hello + istio-proxy + other-sidecar = 100m/128Mi; init phase: istio-init alone
      // (no sidecar has started yet) = 100m/128Mi.
      requests: { cpu: '100m', memory: '128Mi' },
      limits: { cpu: '2', memory: '1Gi' },
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['istio-init', 'init'],
        ['istio-proxy', 'sidecar'],
        ['other-sidecar', 'sidecar'],
        ['hello', 'app'],
      ],
      // Three volumes have no source: the API server makes them emptyDir: {}.
      volumes: [
        ['workload-socket', 'emptyDir'],
        ['credential-socket', 'emptyDir'],
        ['workload-certs', 'emptyDir'],
        ['istio-envoy', 'emptyDir'],
        ['istio-data', 'emptyDir'],
        ['istio-podinfo', 'downwardAPI'],
        ['istio-token', 'projected'],
        ['istiod-ca-cert', 'configMap'],
        ['istio-ca-crl', 'configMap'],
      ],
      mounts: [
        ['istio-proxy', 'workload-socket', '/var/run/secrets/workload-spiffe-uds', false],
        ['istio-proxy', 'credential-socket', '/var/run/secrets/credential-uds', false],
        ['istio-proxy', 'workload-certs', '/var/run/secrets/workload-spiffe-credentials', false],
        ['istio-proxy', 'istiod-ca-cert', '/var/run/secrets/istio', false],
        ['istio-proxy', 'istio-ca-crl', '/var/run/secrets/istio/crl', false],
        ['istio-proxy', 'istio-data', '/var/lib/istio/data', false],
        ['istio-proxy', 'istio-envoy', '/etc/istio/proxy', false],
        ['istio-proxy', 'istio-token', '/var/run/secrets/tokens', false],
        ['istio-proxy', 'istio-podinfo', '/etc/istio/pod', false],
      ],
      shared: [],
      ports: [
        ['istio-proxy', '15090/TCP', false],
        ['other-sidecar', '80/TCP', true],
        ['hello', '80/TCP', true],
      ],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', 'spec.initContainers[2].resources.requests'],
    ['missing-requests', 'warning', 'spec.containers[0].resources.requests'],
    ['missing-memory-limit', 'warning', 'spec.initContainers[2].resources.limits[memory]'],
    ['missing-memory-limit', 'warning', 'spec.containers[0].resources.limits[memory]'],
    // hello is the main container (default-container annotation); other-sidecar limits nothing.
    ['sidecar-without-limits', 'warning', 'spec.initContainers[2].resources.limits'],
    ['latest-tag', 'warning', 'spec.initContainers[0].image'],
    ['latest-tag', 'warning', 'spec.initContainers[1].image'],
    [
      'privilege-escalation',
      'info',
      'spec.initContainers[2].securityContext.allowPrivilegeEscalation',
    ],
    ['privilege-escalation', 'info', 'spec.containers[0].securityContext.allowPrivilegeEscalation'],
    ['dangerous-capabilities', 'warning', `${CAPS}[0]`],
    ['dangerous-capabilities', 'warning', `${CAPS}[1]`],
    // other-sidecar runs alongside hello and both declare 80/TCP: the later one is reported.
    ['port-clash', 'warning', 'spec.containers[0].ports[0].containerPort'],
    // Both name their port `http`; a Service's targetPort http finds hello first (app
    // containers are searched before sidecars), so other-sidecar's port is the one never used.
    ['duplicate-port-name-across-containers', 'warning', 'spec.initContainers[2].ports[0].name'],
    ['emptydir-no-size-limit', 'warning', 'spec.volumes[0].emptyDir.sizeLimit'],
    ['emptydir-no-size-limit', 'warning', 'spec.volumes[1].emptyDir.sizeLimit'],
    ['emptydir-no-size-limit', 'warning', 'spec.volumes[2].emptyDir.sizeLimit'],
    ['emptydir-no-size-limit', 'warning', 'spec.volumes[4].emptyDir.sizeLimit'],
    ['memory-volume-unbounded', 'warning', 'spec.volumes[3].emptyDir.sizeLimit'],
    // Probes and lifecycle on native sidecars are allowed; the probes use numeric ports.
  ],
  lines: [
    ['latest-tag', 'spec.initContainers[0].image', 46],
    ['latest-tag', 'spec.initContainers[1].image', 142],
    ['dangerous-capabilities', `${CAPS}[0]`, 59],
    ['dangerous-capabilities', `${CAPS}[1]`, 60],
    ['port-clash', 'spec.containers[0].ports[0].containerPort', 23],
    ['duplicate-port-name-across-containers', 'spec.initContainers[2].ports[0].name', 212],
    ['missing-requests', 'spec.initContainers[2].resources.requests', 217],
    // A volume without a source: the nearest existing node is the volume item.
    ['emptydir-no-size-limit', 'spec.volumes[0].emptyDir.sizeLimit', 220],
    ['emptydir-no-size-limit', 'spec.volumes[4].emptyDir.sizeLimit', 226],
  ],
};
