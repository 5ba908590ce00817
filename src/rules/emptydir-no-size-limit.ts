import type { PodRule } from './types';

/** A disk-backed emptyDir without sizeLimit. */
export const rule: PodRule = {
  id: 'emptydir-no-size-limit',
  severity: 'warning',
  scope: 'pod',
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
  fix: 'Set emptyDir.sizeLimit to what the volume really needs (e.g. sizeLimit: 1Gi); the kubelet then evicts the pod only when that volume outgrows it.',
  check({ model, report }) {
    // The pod has an ephemeral-storage limit as soon as one container sets one (kubelet eviction).
    const podLimit = model.containers.some(
      (c) => c.role !== 'ephemeral' && 'ephemeral-storage' in c.resources.limits,
    );
    for (const volume of model.volumes) {
      if (volume.fromClaimTemplate || volume.type !== 'emptyDir' || volume.sources.length > 1)
        continue;
      if (volume.medium !== undefined || volume.sizeLimit !== undefined) continue;
      report({
        path: [...volume.path, 'emptyDir', 'sizeLimit'],
        messageId: podLimit ? 'podLimit' : volume.defaulted ? 'defaulted' : 'default',
        params: { volume: volume.name },
        volumes: [volume.name],
        containers: [
          ...new Set(
            model.containers
              .filter((c) => c.mounts.some((m) => m.name === volume.name))
              .map((c) => c.name),
          ),
        ],
      });
    }
  },
};
