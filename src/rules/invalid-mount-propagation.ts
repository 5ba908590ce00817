import { containerLabel } from './missing-required';
import type { PodRule } from './types';

const SUPPORTED = new Set(['None', 'HostToContainer', 'Bidirectional']);

export const rule: PodRule = {
  id: 'invalid-mount-propagation',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#mount-propagation',
  summary:
    'A mountPropagation other than None, HostToContainer or Bidirectional, or Bidirectional in a container that is not privileged.',
  messages: {
    unsupported:
      'mountPropagation "{value}" of the mount of "{volume}" in container {container} is not supported: supported values: "Bidirectional", "HostToContainer", "None"',
    notPrivileged:
      'container {container} mounts "{volume}" with Bidirectional propagation, but Bidirectional mount propagation is available only to privileged containers',
  },
  fix: 'Use None (the default) or HostToContainer; Bidirectional needs `securityContext.privileged: true` and is meant for storage drivers only.',
  check({ model, report }) {
    for (const c of model.containers) {
      for (const m of c.mounts) {
        const value = m.mountPropagation;
        if (value === undefined) continue;
        const base = {
          path: [...m.path, 'mountPropagation'],
          params: { value, volume: m.name ?? '', container: containerLabel(c) },
          containers: c.name ? [c.name] : undefined,
          volumes: m.name ? [m.name] : undefined,
        };
        if (!SUPPORTED.has(value)) report({ ...base, messageId: 'unsupported' });
        else if (value === 'Bidirectional' && !c.privileged)
          report({ ...base, messageId: 'notPrivileged' });
      }
    }
  },
};
