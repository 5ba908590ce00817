import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'best-effort-pod',
  severity: 'warning',
  scope: 'pod',
  category: 'resources',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#besteffort',
  summary:
    'No container requests or limits CPU or memory, so the pod is BestEffort: nothing is reserved for it, and under memory pressure it is among the first candidates for eviction.',
  messages: {
    default:
      'no container of this pod requests or limits cpu or memory, so its QoS class is BestEffort: the scheduler reserves nothing for it; under node memory pressure the kubelet first evicts pods whose usage exceeds their requests (by priority, then by how far they exceed them), and with no requests any memory it uses counts, so it is always in that first group; if the node runs out before the kubelet acts, the kernel OOM killer picks BestEffort processes first',
  },
  fix: 'Set CPU and memory requests (and ideally limits) on every container; requests equal to limits make the pod Guaranteed.',
} satisfies RuleFolderMeta;
