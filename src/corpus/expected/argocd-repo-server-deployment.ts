// Argo CD's repo server: hardened security contexts, many emptyDirs, :latest images.
import { POD_NAMESPACES, TEMPLATE as T } from './common';
import type { CorpusExpectation } from './types';

const APP = 'argocd-repo-server';

export const expectation: CorpusExpectation = {
  file: 'argocd-repo-server-deployment.yaml',
  documents: [{ kind: 'Deployment', name: 'argocd-repo-server', workload: true }],
  workloads: [
    {
      document: 0,
      kind: 'Deployment',
      name: 'argocd-repo-server',
      podSpecPath: T,
      qosClass: 'BestEffort',
      podSecurity: 'restricted',
      requests: {},
      limits: {},
      unboundedLimits: ['cpu', 'memory'],
      containers: [
        ['copyutil', 'init'],
        [APP, 'app'],
      ],
      volumes: [
        ['ssh-known-hosts', 'configMap'],
        ['tls-certs', 'configMap'],
        ['gpg-keys', 'configMap'],
        ['gpg-keyring', 'emptyDir'],
        ['tmp', 'emptyDir'],
        ['helm-working-dir', 'emptyDir'],
        ['argocd-repo-server-tls', 'secret'],
        ['var-files', 'emptyDir'],
        ['plugins', 'emptyDir'],
      ],
      mounts: [
        ['copyutil', 'var-files', '/var/run/argocd', false],
        [APP, 'ssh-known-hosts', '/app/config/ssh', false],
        [APP, 'tls-certs', '/app/config/tls', false],
        [APP, 'gpg-keys', '/app/config/gpg/source', false],
        [APP, 'gpg-keyring', '/app/config/gpg/keys', false],
        [APP, 'argocd-repo-server-tls', '/app/config/reposerver/tls', false],
        [APP, 'tmp', '/tmp', false],
        [APP, 'helm-working-dir', '/helm-working-dir', false],
        [APP, 'plugins', '/home/argocd/cmp-server/plugins', false],
      ],
      shared: [],
      ports: [
        [APP, '8081/TCP', false],
        [APP, '8084/TCP', false],
      ],
      namespaces: POD_NAMESPACES,
    },
  ],
  findings: [
    ['missing-requests', 'warning', `${T}.initContainers[0].resources.requests`],
    ['missing-requests', 'warning', `${T}.containers[0].resources.requests`],
    ['missing-memory-limit', 'warning', `${T}.initContainers[0].resources.limits[memory]`],
    ['missing-memory-limit', 'warning', `${T}.containers[0].resources.limits[memory]`],
    ['best-effort-pod', 'warning', `${T}.containers[0].resources`],
    ['latest-tag', 'warning', `${T}.initContainers[0].image`],
    ['latest-tag', 'warning', `${T}.containers[0].image`],
    ['emptydir-no-size-limit', 'warning', `${T}.volumes[3].emptyDir.sizeLimit`],
    ['emptydir-no-size-limit', 'warning', `${T}.volumes[4].emptyDir.sizeLimit`],
    ['emptydir-no-size-limit', 'warning', `${T}.volumes[5].emptyDir.sizeLimit`],
    ['emptydir-no-size-limit', 'warning', `${T}.volumes[7].emptyDir.sizeLimit`],
    ['emptydir-no-size-limit', 'warning', `${T}.volumes[8].emptyDir.sizeLimit`],
    // Both containers set allowPrivilegeEscalation: false. var-files is mounted by the init
    // container only, which still counts as used. The ConfigMaps and the Secret are not in the
    // input, which holds none of those kinds: no unresolved-reference.
  ],
  lines: [
    ['latest-tag', `${T}.containers[0].image`, 22],
    ['latest-tag', `${T}.initContainers[0].image`, 309],
    ['emptydir-no-size-limit', `${T}.volumes[3].emptyDir.sizeLimit`, 334],
    ['emptydir-no-size-limit', `${T}.volumes[7].emptyDir.sizeLimit`, 350],
    ['emptydir-no-size-limit', `${T}.volumes[8].emptyDir.sizeLimit`, 352],
  ],
};
