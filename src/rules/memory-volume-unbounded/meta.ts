import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'memory-volume-unbounded',
  severity: 'warning',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
  summary:
    'An emptyDir with medium Memory has no sizeLimit, so the tmpfs may grow until the writer is OOM-killed.',
  messages: {
    default:
      'emptyDir {volume} uses medium Memory without sizeLimit: the kubelet sizes the tmpfs to the pod’s memory limit, and each page written there is charged to the memory of the container that first writes it, so filling it gets that container OOM-killed',
    noPodLimit:
      'emptyDir {volume} uses medium Memory without sizeLimit: not every container has a memory limit, so the kubelet sizes the tmpfs to the node’s allocatable memory; files written there are node RAM charged to the container that first writes them, which is OOM-killed at its limit or starves the node',
  },
  fix: 'Set emptyDir.sizeLimit (e.g. sizeLimit: 256Mi) and leave room for it in the writing container’s memory limit (a sizeLimit above the pod’s memory limit changes nothing: the kubelet takes the smaller).',
} satisfies RuleFolderMeta;
