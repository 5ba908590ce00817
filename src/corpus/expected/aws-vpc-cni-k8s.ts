// The AWS VPC CNI node agent, rendered from its Helm chart: host network, a privileged init
// container that installs CNI binaries, and node directories through hostPath.
import { TEMPLATE as T } from './common';
import type { CorpusExpectation } from './types';

const CAPS = `${T}.containers[0].securityContext.capabilities.add`;

export const expectation: CorpusExpectation = {
  file: 'aws-vpc-cni-k8s.yaml',
  documents: [
    { kind: 'CustomResourceDefinition', name: 'eniconfigs.crd.k8s.amazonaws.com', workload: false },
    { kind: 'ServiceAccount', name: 'aws-node', workload: false },
    { kind: 'ClusterRole', name: 'aws-node', workload: false },
    { kind: 'ClusterRoleBinding', name: 'aws-node', workload: false },
    { kind: 'DaemonSet', name: 'aws-node', workload: true },
  ],
  workloads: [
    {
      document: 4,
      kind: 'DaemonSet',
      name: 'aws-node',
      podSpecPath: T,
      qosClass: 'Burstable',
      podSecurity: 'privileged',
      requests: { cpu: '25m' },
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['aws-vpc-cni-init', 'init'],
        ['aws-node', 'app'],
      ],
      volumes: [
        ['cni-bin-dir', 'hostPath'],
        ['cni-net-dir', 'hostPath'],
        ['log-dir', 'hostPath'],
        ['run-dir', 'hostPath'],
        ['xtables-lock', 'hostPath'],
      ],
      mounts: [
        ['aws-vpc-cni-init', 'cni-bin-dir', '/host/opt/cni/bin', false],
        ['aws-node', 'cni-bin-dir', '/host/opt/cni/bin', false],
        ['aws-node', 'cni-net-dir', '/host/etc/cni/net.d', false],
        ['aws-node', 'log-dir', '/host/var/log/aws-routed-eni', false],
        ['aws-node', 'run-dir', '/var/run/aws-node', false],
        ['aws-node', 'xtables-lock', '/run/xtables.lock', false],
      ],
      shared: ['cni-bin-dir'],
      ports: [['aws-node', '61678/TCP', false]],
      namespaces: { network: 'host', ipc: 'pod', uts: 'host' },
    },
  ],
  findings: [
    ['host-network', 'warning', `${T}.hostNetwork`],
    // A hostNetwork DaemonSet (the VPC CNI's node agent): a note on the node resolver, not a warning.
    ['host-network-dns', 'info', `${T}.dnsPolicy`],
    ['missing-requests', 'warning', `${T}.initContainers[0].resources.requests`],
    ['missing-requests', 'warning', `${T}.containers[0].resources.requests[memory]`],
    ['missing-memory-limit', 'warning', `${T}.initContainers[0].resources.limits[memory]`],
    ['missing-memory-limit', 'warning', `${T}.containers[0].resources.limits[memory]`],
    ['privileged-container', 'warning', `${T}.initContainers[0].securityContext.privileged`],
    // The privileged init container gets no privilege-escalation note: the API server rejects
    // allowPrivilegeEscalation: false there.
    ['privilege-escalation', 'info', `${T}.containers[0].securityContext.allowPrivilegeEscalation`],
    ['dangerous-capabilities', 'warning', `${CAPS}[0]`],
    ['dangerous-capabilities', 'warning', `${CAPS}[1]`],
    ['host-path-volume', 'warning', `${T}.volumes[0].hostPath.path`],
    ['host-path-volume', 'warning', `${T}.volumes[1].hostPath.path`],
    ['host-path-volume', 'warning', `${T}.volumes[2].hostPath.path`],
    ['host-path-volume', 'warning', `${T}.volumes[3].hostPath.path`],
    ['host-path-volume', 'warning', `${T}.volumes[4].hostPath.path`],
    // cni-bin-dir is written by the init container before aws-node starts: no concurrent
    // writers. The one port's hostPort defaults to 61678 under hostNetwork: no conflict.
  ],
  lines: [
    ['host-network', `${T}.hostNetwork`, 121],
    ['privileged-container', `${T}.initContainers[0].securityContext.privileged`, 131],
    ['dangerous-capabilities', `${CAPS}[0]`, 215],
    ['dangerous-capabilities', `${CAPS}[1]`, 216],
    ['host-path-volume', `${T}.volumes[0].hostPath.path`, 231],
    ['host-path-volume', `${T}.volumes[4].hostPath.path`, 245],
  ],
};
