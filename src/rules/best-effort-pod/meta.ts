import type { RuleFolderMeta } from '../types';

export const meta = {
  id: 'best-effort-pod',
  severity: 'warning',
  scope: 'pod',
  category: 'resources',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#besteffort',
  summary:
    'No container requests or limits CPU or memory, so the pod is BestEffort and the first to be evicted.',
  messages: {
    default:
      'no container of this pod requests or limits cpu or memory, so its QoS class is BestEffort: the scheduler reserves nothing for it, and under node memory pressure the kubelet evicts it before any Burstable or Guaranteed pod',
  },
  fix: 'Set CPU and memory requests (and ideally limits) on every container; requests equal to limits make the pod Guaranteed.',
} satisfies RuleFolderMeta;
