import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'invalid-mount-propagation',
  severity: 'error',
  scope: 'pod',
  category: 'volumes',
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
} satisfies RuleFolderMeta;
