import type { PodRule } from '../types';
import { meta } from './meta';

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
  ...meta,
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
