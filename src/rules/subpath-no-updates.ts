import type { PodRule } from './types';

// Volumes the kubelet refreshes in place when their object changes (atomic writer), except
// through a subPath, which bind-mounts one file or directory of the first snapshot.
const UPDATED_TYPES = new Set(['configMap', 'secret', 'projected', 'downwardAPI']);

/** A configMap/secret/projected/downwardAPI volume mounted with subPath or subPathExpr. */
export const rule: PodRule = {
  id: 'subpath-no-updates',
  severity: 'info',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/configuration/configmap/#mounted-configmaps-are-updated-automatically',
  summary:
    'A ConfigMap, Secret or projected volume is mounted with subPath, so it never receives updates.',
  messages: {
    default:
      'container {container} mounts {type} volume {volume} with {field} {subPath}: a subPath mount is a bind mount of the first snapshot, so later changes to the object never reach this container until it restarts',
  },
  fix: 'Mount the whole volume at a directory (optionally with items to pick keys) and point the application at the file inside it, or restart pods on change (e.g. a checksum annotation).',
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
