// The CSI hostpath driver: RBAC objects, then one StatefulSet of eight containers that talk
// over a Unix socket in a shared hostPath directory.
import { POD_NAMESPACES, TEMPLATE as T } from './common';
import type { CorpusExpectation, ExpectedFinding } from './types';

const CONTAINERS = [
  'hostpath',
  'csi-external-health-monitor-controller',
  'node-driver-registrar',
  'liveness-probe',
  'csi-attacher',
  'csi-provisioner',
  'csi-resizer',
  'csi-snapshotter',
];
// Privileged for SELinux socket access (and the driver itself for Bidirectional mounts).
const PRIVILEGED = [0, 2, 4, 5, 6, 7];
const VOLUMES = [
  'socket-dir',
  'mountpoint-dir',
  'registration-dir',
  'plugins-dir',
  'csi-data-dir',
  'dev-dir',
];

const perContainer: ExpectedFinding[] = CONTAINERS.flatMap((_, i): ExpectedFinding[] => [
  ['missing-requests', 'warning', `${T}.containers[${i}].resources.requests`],
  ['missing-memory-limit', 'warning', `${T}.containers[${i}].resources.limits[memory]`],
  // Only the unprivileged containers: the API server rejects allowPrivilegeEscalation: false
  // on a privileged one, which privileged-container reports instead.
  ...(PRIVILEGED.includes(i)
    ? []
    : [
        [
          'privilege-escalation',
          'info',
          `${T}.containers[${i}].securityContext.allowPrivilegeEscalation`,
        ] as ExpectedFinding,
      ]),
  // hostpath is the first app container, so the main one; the seven others are helpers.
  ...(i > 0
    ? [
        [
          'sidecar-without-limits',
          'warning',
          `${T}.containers[${i}].resources.limits`,
        ] as ExpectedFinding,
      ]
    : []),
]);

export const expectation: CorpusExpectation = {
  file: 'csi-hostpath-plugin.yaml',
  documents: [
    { kind: 'ServiceAccount', name: 'csi-hostpathplugin-sa', workload: false },
    {
      kind: 'ClusterRoleBinding',
      name: 'csi-hostpathplugin-attacher-cluster-role',
      workload: false,
    },
    {
      kind: 'ClusterRoleBinding',
      name: 'csi-hostpathplugin-health-monitor-controller-cluster-role',
      workload: false,
    },
    {
      kind: 'ClusterRoleBinding',
      name: 'csi-hostpathplugin-provisioner-cluster-role',
      workload: false,
    },
    {
      kind: 'ClusterRoleBinding',
      name: 'csi-hostpathplugin-resizer-cluster-role',
      workload: false,
    },
    {
      kind: 'ClusterRoleBinding',
      name: 'csi-hostpathplugin-snapshotter-cluster-role',
      workload: false,
    },
    {
      kind: 'ClusterRoleBinding',
      name: 'csi-hostpathplugin-snapshot-metadata-cluster-role',
      workload: false,
    },
    { kind: 'RoleBinding', name: 'csi-hostpathplugin-attacher-role', workload: false },
    {
      kind: 'RoleBinding',
      name: 'csi-hostpathplugin-health-monitor-controller-role',
      workload: false,
    },
    { kind: 'RoleBinding', name: 'csi-hostpathplugin-provisioner-role', workload: false },
    { kind: 'RoleBinding', name: 'csi-hostpathplugin-resizer-role', workload: false },
    { kind: 'RoleBinding', name: 'csi-hostpathplugin-snapshotter-role', workload: false },
    { kind: 'StatefulSet', name: 'csi-hostpathplugin', workload: true },
  ],
  workloads: [
    {
      document: 12,
      kind: 'StatefulSet',
      name: 'csi-hostpathplugin',
      podSpecPath: T,
      qosClass: 'BestEffort',
      podSecurity: 'privileged',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: CONTAINERS.map((name) => [name, 'app']),
      volumes: VOLUMES.map((name) => [name, 'hostPath']),
      mounts: [
        ['hostpath', 'socket-dir', '/csi', false],
        ['hostpath', 'mountpoint-dir', '/var/lib/kubelet/pods', false],
        ['hostpath', 'plugins-dir', '/var/lib/kubelet/plugins', false],
        ['hostpath', 'csi-data-dir', '/csi-data-dir', false],
        ['hostpath', 'dev-dir', '/dev', false],
        ['csi-external-health-monitor-controller', 'socket-dir', '/csi', false],
        ['node-driver-registrar', 'socket-dir', '/csi', false],
        ['node-driver-registrar', 'registration-dir', '/registration', false],
        ['node-driver-registrar', 'csi-data-dir', '/csi-data-dir', false],
        ['liveness-probe', 'socket-dir', '/csi', false],
        ['csi-attacher', 'socket-dir', '/csi', false],
        ['csi-provisioner', 'socket-dir', '/csi', false],
        ['csi-resizer', 'socket-dir', '/csi', false],
        ['csi-snapshotter', 'socket-dir', '/csi', false],
      ],
      shared: ['socket-dir', 'csi-data-dir'],
      ports: [['hostpath', '9898/TCP', false]],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ...perContainer,
    ['best-effort-pod', 'warning', `${T}.containers[0].resources`],
    ...PRIVILEGED.map((i): ExpectedFinding => [
      'privileged-container',
      'warning',
      `${T}.containers[${i}].securityContext.privileged`,
    ]),
    ...VOLUMES.map((_, i): ExpectedFinding => [
      'host-path-volume',
      'warning',
      `${T}.volumes[${i}].hostPath.path`,
    ]),
    // All eight mount socket-dir read-write; hostpath and the registrar both write csi-data-dir.
    // The socket lives at /csi/csi.sock, but the mount path /csi is not a socket-like path
    // (/run, /var/run, *.sock), so no socket-volume note.
    ['shared-writable-volume', 'info', `${T}.volumes[0].name`],
    ['shared-writable-volume', 'info', `${T}.volumes[4].name`],
    // Bidirectional propagation on the privileged driver container is valid.
  ],
  lines: [
    ['privileged-container', `${T}.containers[0].securityContext.privileged`, 256],
    ['privileged-container', `${T}.containers[2].securityContext.privileged`, 307],
    ['host-path-volume', `${T}.volumes[0].hostPath.path`, 393],
    ['host-path-volume', `${T}.volumes[5].hostPath.path`, 415],
    ['shared-writable-volume', `${T}.volumes[0].name`, 395],
    ['shared-writable-volume', `${T}.volumes[4].name`, 413],
  ],
};
