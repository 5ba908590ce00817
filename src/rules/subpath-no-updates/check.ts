import type { PodRule } from '../types';
import { meta } from './meta';

// Volumes the kubelet refreshes in place when their object changes (atomic writer), except
// through a subPath, which bind-mounts one file or directory of the first snapshot.
const UPDATED_TYPES = new Set(['configMap', 'secret', 'projected', 'downwardAPI']);

/** A configMap/secret/projected/downwardAPI volume mounted with subPath or subPathExpr. */
export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const types = new Map(model.volumes.map((v) => [v.name, v.type]));
    for (const container of model.containers) {
      for (const mount of container.mounts) {
        const type = mount.name ? types.get(mount.name) : undefined;
        if (!type || !UPDATED_TYPES.has(type)) continue;
        const field =
          mount.subPath !== undefined
            ? 'subPath'
            : mount.subPathExpr !== undefined
              ? 'subPathExpr'
              : undefined;
        if (!field) continue;
        report({
          path: [...mount.path, field],
          messageId: 'default',
          params: {
            container: container.name,
            volume: mount.name ?? '',
            type,
            field,
            subPath: mount.subPath ?? mount.subPathExpr ?? '',
          },
          containers: [container.name],
          volumes: [mount.name ?? ''],
        });
      }
    }
  },
};
