import type { MountModel } from '../../model/types';
import type { PodRule } from '../types';
import { meta } from './meta';

// A socket can only be created in a volume the kubelet mounts writable.
const READ_ONLY_TYPES = new Set(['configMap', 'secret', 'downwardAPI', 'projected', 'image']);

function socketPlace(mountPath: string | undefined): boolean {
  if (!mountPath) return false;
  const p = mountPath.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
  return p.endsWith('.sock') || ['/run', '/var/run'].some((d) => p === d || p.startsWith(`${d}/`));
}

/** A volume shared by containers at a socket-like path (/run, /var/run, *.sock). */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const volume of model.volumes) {
      if (READ_ONLY_TYPES.has(volume.type)) continue;
      // Regular init containers have exited before the others start, so they talk to no one.
      const users = model.containers.filter(
        (c) => c.role !== 'init' && c.mounts.some((m) => m.name === volume.name),
      );
      const names = [...new Set(users.map((c) => c.name))];
      if (names.length < 2) continue;
      let site: { container: string; mount: MountModel } | undefined;
      for (const c of users) {
        const mount = c.mounts.find((m) => m.name === volume.name && socketPlace(m.mountPath));
        if (mount) {
          site = { container: c.name, mount };
          break;
        }
      }
      if (!site) continue;
      report({
        path: [...site.mount.path, 'mountPath'],
        messageId: 'default',
        params: {
          volume: volume.name,
          containers: names.join(', '),
          container: site.container,
          mountPath: site.mount.mountPath ?? '',
        },
        volumes: [volume.name],
        containers: names,
      });
    }
  },
};
