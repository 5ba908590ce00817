import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'invalid-emptydir-medium',
  severity: 'error',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
  summary:
    'An emptyDir medium other than "", Memory, HugePages or HugePages-<size> (the kubelet cannot mount it).',
  messages: {
    default:
      'emptyDir medium "{medium}" of volume "{volume}" is unknown: the API server accepts it, but the kubelet fails to mount it ("unknown storage medium") and the pod stays in ContainerCreating; use "", Memory or HugePages',
    caseOnly:
      'emptyDir medium "{medium}" of volume "{volume}" is unknown (the value is case-sensitive: "{suggestion}"): the kubelet fails to mount it and the pod stays in ContainerCreating',
    badSize:
      'emptyDir medium "{medium}" of volume "{volume}" has no valid page size after "HugePages-": the kubelet fails to mount it',
    noHugePages:
      'emptyDir medium "{medium}" of volume "{volume}" needs a hugepages-{size} request in some container: without it the kubelet fails to mount the volume (hugePages storage requested, but there is no resource request for huge pages)',
  },
  fix: 'Use medium: Memory for a tmpfs (RAM-backed) volume, omit medium for node disk, or HugePages with a matching hugepages-<size> request and limit.',
} satisfies RuleFolderMeta;
