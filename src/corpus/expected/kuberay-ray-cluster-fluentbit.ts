// A RayCluster custom resource: its head group embeds a pod template with a Fluent Bit sidecar;
// the ConfigMap that sidecar mounts follows in the same file.
import { POD_NAMESPACES } from './common';
import type { CorpusExpectation } from './types';

const H = 'spec.headGroupSpec.template.spec';

export const expectation: CorpusExpectation = {
  file: 'kuberay-ray-cluster-fluentbit.yaml',
  documents: [
    { kind: 'RayCluster', name: 'raycluster-fluentbit-sidecar-logs', workload: true },
    { kind: 'ConfigMap', name: 'fluentbit-config', workload: false },
  ],
  // This sample has a head group only (no workerGroupSpecs), so one template.
  workloads: [
    {
      document: 0,
      kind: 'RayCluster',
      name: 'raycluster-fluentbit-sidecar-logs',
      podSpecPath: H,
      // ray-head requests 2Gi but limits 5Gi.
      qosClass: 'Burstable',
      podSecurity: 'baseline',
      requests: { cpu: '1100m', memory: '2176Mi' },
      limits: { cpu: '1100m', memory: '5248Mi' },
      unboundedLimits: [],
      containers: [
        ['ray-head', 'app'],
        ['fluentbit', 'app'],
      ],
      volumes: [
        ['ray-logs', 'emptyDir'],
        ['fluentbit-config', 'configMap'],
      ],
      mounts: [
        ['ray-head', 'ray-logs', '/tmp/ray', false],
        ['fluentbit', 'ray-logs', '/tmp/ray', false],
        ['fluentbit', 'fluentbit-config', '/fluent-bit/etc/fluent-bit.conf', false],
      ],
      shared: ['ray-logs'],
      ports: [],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['privilege-escalation', 'info', `${H}.containers[0].securityContext.allowPrivilegeEscalation`],
    ['privilege-escalation', 'info', `${H}.containers[1].securityContext.allowPrivilegeEscalation`],
    ['emptydir-no-size-limit', 'warning', `${H}.volumes[0].emptyDir.sizeLimit`],
    ['shared-writable-volume', 'info', `${H}.volumes[0].name`],
    // The config file is mounted with subPath, so edits to the ConfigMap never reach it.
    ['subpath-no-updates', 'info', `${H}.containers[1].volumeMounts[1].subPath`],
    // The ConfigMap fluentbit-config is in the input: no unresolved-reference.
  ],
  lines: [
    ['subpath-no-updates', `${H}.containers[1].volumeMounts[1].subPath`, 49],
    ['shared-writable-volume', `${H}.volumes[0].name`, 53],
    ['emptydir-no-size-limit', `${H}.volumes[0].emptyDir.sizeLimit`, 54],
  ],
};
