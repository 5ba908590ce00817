import { containerLabel } from './missing-required';
import type { PodRule } from './types';

export const rule: PodRule = {
  id: 'duplicate-mount-path',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  summary: 'Two volumeMounts of one container with the same mountPath.',
  messages: {
    default:
      'container {container} mounts both "{first}" and "{volume}" at {mountPath}: mountPath must be unique within a container (one mount would hide the other)',
    sameVolume:
      'container {container} mounts volume "{volume}" at {mountPath} twice: mountPath must be unique within a container',
  },
  fix: 'Mount each volume at its own path; to put several files in one directory, use subPath mounts of distinct files or a projected volume.',
  check({ model, report }) {
    for (const c of model.containers) {
      const seen = new Map<string, string>();
      for (const m of c.mounts) {
        // The comparison is on the exact string, as the API server does: /data and /data/ differ.
        if (!m.mountPath) continue;
        const first = seen.get(m.mountPath);
        if (first === undefined) {
          seen.set(m.mountPath, m.name ?? '');
          continue;
        }
        const volume = m.name ?? '';
        report({
          path: [...m.path, 'mountPath'],
          messageId: first === volume ? 'sameVolume' : 'default',
          params: { container: containerLabel(c), mountPath: m.mountPath, volume, first },
          containers: c.name ? [c.name] : undefined,
          volumes: [...new Set([first, volume].filter(Boolean))],
        });
      }
    }
  },
};
