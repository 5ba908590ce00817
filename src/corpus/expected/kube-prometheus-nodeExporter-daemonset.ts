// node-exporter: host network and PID namespaces, the node's / and /sys mounted read-only.
import { TEMPLATE as T } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'kube-prometheus-nodeExporter-daemonset.yaml',
  documents: [{ kind: 'DaemonSet', name: 'node-exporter', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'DaemonSet',
      name: 'node-exporter',
      podSpecPath: T,
      // Both containers limit cpu and memory, but requests are below limits.
      qosClass: 'Burstable',
      podSecurity: 'privileged',
      requests: { cpu: '112m', memory: '200Mi' },
      limits: { cpu: '270m', memory: '220Mi' },
      unboundedLimits: [],
      containers: [
        ['node-exporter', 'app'],
        ['kube-rbac-proxy', 'app'],
      ],
      volumes: [
        ['sys', 'hostPath'],
        ['root', 'hostPath'],
      ],
      mounts: [
        ['node-exporter', 'sys', '/host/sys', true],
        ['node-exporter', 'root', '/host/root', true],
      ],
      shared: [],
      ports: [['kube-rbac-proxy', '9100/TCP', false]],
      // hostNetwork brings the node's UTS namespace too; IPC stays the pod's.
      namespaces: { network: 'host', ipc: 'pod', uts: 'host', pid: 'host' },
    },
  ],
  findings: [
    ['host-network', 'warning', `${T}.hostNetwork`],
    ['host-pid', 'warning', `${T}.hostPID`],
    // dnsPolicy is unset, so ClusterFirst, which with hostNetwork falls back to the node's
    // resolver: what a node exporter wants, so a note naming the node-agent exception.
    ['host-network-dns', 'info', `${T}.dnsPolicy`],
    ['host-path-volume', 'warning', `${T}.volumes[0].hostPath.path`],
    ['host-path-volume', 'warning', `${T}.volumes[1].hostPath.path`],
    // SYS_TIME sets the node's clock (it is not namespaced) and is outside the baseline set.
    ['dangerous-capabilities', 'warning', `${T}.containers[0].securityContext.capabilities.add[0]`],
    // hostPort 9100 equals containerPort 9100, as hostNetwork requires.
  ],
  lines: [
    ['host-network', `${T}.hostNetwork`, 97],
    ['host-pid', `${T}.hostPID`, 98],
    ['host-path-volume', `${T}.volumes[0].hostPath.path`, 110],
    ['host-path-volume', `${T}.volumes[1].hostPath.path`, 113],
    ['dangerous-capabilities', `${T}.containers[0].securityContext.capabilities.add[0]`, 53],
  ],
};
