// A log collector on every node, reading node directories through hostPath volumes.
import { POD_NAMESPACES, TEMPLATE as T } from './common';
import type { CorpusExpectation } from './types';

export const expectation: CorpusExpectation = {
  file: 'k8s-daemonset.yaml',
  documents: [{ kind: 'DaemonSet', name: 'fluentd-elasticsearch', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'DaemonSet',
      name: 'fluentd-elasticsearch',
      podSpecPath: T,
      // A cpu request without a cpu limit.
      qosClass: 'Burstable',
      podSecurity: 'privileged',
      requests: { cpu: '100m', memory: '200Mi' },
      limits: { memory: '200Mi' },
      unboundedLimits: ['cpu'],
      containers: [['fluentd-elasticsearch', 'app']],
      volumes: [
        ['varlog', 'hostPath'],
        ['varlibdockercontainers', 'hostPath'],
      ],
      mounts: [
        ['fluentd-elasticsearch', 'varlog', '/var/log', false],
        ['fluentd-elasticsearch', 'varlibdockercontainers', '/var/lib/docker/containers', true],
      ],
      shared: [],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['privilege-escalation', 'info', `${T}.containers[0].securityContext.allowPrivilegeEscalation`],
    ['host-path-volume', 'warning', `${T}.volumes[0].hostPath.path`],
    ['host-path-volume', 'warning', `${T}.volumes[1].hostPath.path`],
  ],
  lines: [
    ['host-path-volume', `${T}.volumes[0].hostPath.path`, 39],
    ['host-path-volume', `${T}.volumes[1].hostPath.path`, 42],
    ['privilege-escalation', `${T}.containers[0].securityContext.allowPrivilegeEscalation`, 21],
  ],
};
