import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'emptydir-no-size-limit',
  severity: 'warning',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
  summary: 'A disk-backed emptyDir has no sizeLimit, so one writer can fill the node’s disk.',
  messages: {
    default:
      'emptyDir {volume} has no sizeLimit: it lives on the node’s disk, so one writer can fill that disk until the node reports DiskPressure and the kubelet evicts pods, this one among them',
    defaulted:
      'volume {volume} has no source, so the API server makes it emptyDir: {} — on the node’s disk and without sizeLimit: one writer can fill that disk until the node reports DiskPressure and the kubelet evicts pods, this one among them',
    podLimit:
      'emptyDir {volume} has no sizeLimit: what is written there counts against the pod’s ephemeral-storage limit, so one writer that fills it gets the whole pod evicted',
  },
  fix: 'Set emptyDir.sizeLimit to what the volume really needs (e.g. 500Mi) and give the writer ephemeral-storage requests and limits; rotate logs.',
} satisfies RuleFolderMeta;
