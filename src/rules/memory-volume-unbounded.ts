import { compareQuantities, parseQuantity, ZERO } from '../k8s/quantity';
import type { PodRule } from './types';

function positive(value: string | undefined): boolean {
  const q = parseQuantity(value);
  return value !== undefined && q.ok && compareQuantities(q.value, ZERO) > 0;
}

/** A memory-backed (tmpfs) emptyDir without sizeLimit. */
export const rule: PodRule = {
  id: 'memory-volume-unbounded',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#emptydir',
  summary:
    'An emptyDir with medium Memory has no sizeLimit, so the tmpfs may grow until the writer is OOM-killed.',
  messages: {
    default:
      'emptyDir {volume} uses medium Memory without sizeLimit: the kubelet sizes the tmpfs to the pod’s memory limit, and every file written there is charged to the writing container’s memory, so filling it gets that container OOM-killed',
    noPodLimit:
      'emptyDir {volume} uses medium Memory without sizeLimit: not every container has a memory limit, so the kubelet sizes the tmpfs to the node’s allocatable memory; files written there are node RAM charged to the writing container, which is OOM-killed at its limit or starves the node',
  },
  fix: 'Set emptyDir.sizeLimit (e.g. sizeLimit: 256Mi) and leave room for it in the writing container’s memory limit.',
  check({ model, report }) {
    // A Burstable pod's cgroup gets a memory limit only when every app container has a non-zero
    // one (ResourceConfigForPod); without it the tmpfs is sized to node allocatable memory.
    const apps = model.containers.filter((c) => c.role === 'app');
    const podLimit = apps.length > 0 && apps.every((c) => positive(c.resources.limits.memory));
    for (const volume of model.volumes) {
      if (
        volume.type !== 'emptyDir' ||
        volume.medium !== 'Memory' ||
        volume.sizeLimit !== undefined
      )
        continue;
      report({
        path: [...volume.path, 'emptyDir', 'sizeLimit'],
        messageId: podLimit ? 'default' : 'noPodLimit',
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
