import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'host-path-volume',
  severity: 'warning',
  scope: 'pod',
  category: 'isolation',
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
} satisfies RuleFolderMeta;
