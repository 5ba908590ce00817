import type { PodRule } from './types';

// Container runtime endpoints (and the directories that hold them): access equals root on the node.
const RUNTIME = [
  '/run/docker.sock',
  '/run/cri-dockerd.sock',
  '/run/containerd',
  '/run/crio',
  '/run/k3s/containerd',
  '/run/dockershim.sock',
];
// Node paths that expose the node itself, its credentials or every pod's data.
const SENSITIVE_EXACT = [
  '/',
  '/etc',
  '/var',
  '/run',
  '/var/lib',
  '/usr',
  '/lib',
  '/bin',
  '/sbin',
  '/boot',
  '/home',
];
const SENSITIVE_TREES = [
  '/proc',
  '/sys',
  '/dev',
  '/root',
  '/etc/kubernetes',
  '/var/lib/kubelet',
  '/var/lib/docker',
  '/var/lib/containerd',
  '/var/lib/etcd',
  '/etc/shadow',
  '/etc/sudoers',
];

const within = (path: string, tree: string): boolean =>
  path === tree || path.startsWith(`${tree}/`);

// Collapses repeated and trailing slashes; /var/run is a symlink to /run on current distributions.
function normalize(path: string): string {
  const p = path.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  return within(p, '/var/run') ? `/run${p.slice('/var/run'.length)}` : p;
}

function category(path: string): 'runtime' | 'sensitive' | undefined {
  const p = normalize(path);
  if (RUNTIME.some((r) => within(p, r))) return 'runtime';
  if (SENSITIVE_EXACT.includes(p) || SENSITIVE_TREES.some((t) => within(p, t))) return 'sensitive';
  return undefined;
}

/** A hostPath volume, calling out sensitive node paths and writable mounts. */
export const rule: PodRule = {
  id: 'host-path-volume',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#hostpath',
  summary:
    'A hostPath volume mounts a path of the node; sensitive paths and writable mounts are called out.',
  messages: {
    default:
      'hostPath volume {volume} mounts the node’s {path}: the pod now depends on what each node has at that path and sees different files when it moves to another node',
    writable:
      'hostPath volume {volume} mounts the node’s {path} writable (in {writers}): files written there outlive the pod, are shared with anything else on the node that uses the path, and count against no pod limit',
    sensitive:
      'hostPath volume {volume} exposes the node’s {path}: containers can read node configuration, credentials or other pods’ data there, even read-only',
    sensitiveWritable:
      'hostPath volume {volume} mounts the node’s {path} writable (in {writers}): the container can change the node itself (configuration, binaries, kernel settings or other pods’ data) and so take over the node',
    runtime:
      'hostPath volume {volume} mounts the container runtime endpoint {path}: whoever can talk to it can start privileged containers on the node, i.e. is root on the node (readOnly does not stop connecting to a socket)',
  },
  fix: 'Prefer a Secret, ConfigMap, emptyDir or PVC; when a node agent really needs the host path, mount the narrowest path, read-only, with a hostPath type (File, Directory, Socket).',
  check({ model, report }) {
    for (const volume of model.volumes) {
      if (volume.type !== 'hostPath' || volume.reference === undefined) continue;
      const mounters = model.containers.filter((c) => c.mounts.some((m) => m.name === volume.name));
      const writers = mounters.filter((c) =>
        c.mounts.some((m) => m.name === volume.name && !m.readOnly),
      );
      const kind = category(volume.reference);
      const writable = writers.length > 0;
      const messageId =
        kind === 'runtime'
          ? 'runtime'
          : kind === 'sensitive'
            ? writable
              ? 'sensitiveWritable'
              : 'sensitive'
            : writable
              ? 'writable'
              : 'default';
      report({
        path: [...volume.path, 'hostPath', 'path'],
        messageId,
        params: {
          volume: volume.name,
          path: volume.reference,
          writers: [...new Set(writers.map((c) => c.name))].join(', '),
        },
        volumes: [volume.name],
        containers: [...new Set(mounters.map((c) => c.name))],
      });
    }
  },
};
