import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'unused-volume',
  severity: 'info',
  scope: 'pod',
  category: 'volumes',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  summary: 'A volume is declared but no container mounts it.',
  messages: {
    default:
      'volume {volume} is not mounted by any container: the kubelet skips volumes no container uses, so this one is dead configuration',
    claim:
      'volume {volume} is not mounted by any container: the kubelet skips it, yet the scheduler still waits for PersistentVolumeClaim {claim} to exist and bind before placing the pod',
    claimTemplate:
      'volumeClaimTemplate {volume} is not mounted by any container: every replica still gets its own PersistentVolumeClaim and volume, which nothing uses',
  },
  fix: 'Mount it where it is needed (volumeMounts with the volume’s name) or delete it.',
} satisfies RuleFolderMeta;
