import { podQosClass } from '../k8s/qos';
import type { PodRule } from './types';

/** A pod whose QoS class is BestEffort. */
export const rule: PodRule = {
  id: 'best-effort-pod',
  severity: 'warning',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/workloads/pods/pod-qos/#besteffort',
  summary:
    'No container requests or limits CPU or memory, so the pod is BestEffort and the first to be evicted.',
  messages: {
    default:
      'no container of this pod requests or limits cpu or memory, so its QoS class is BestEffort: the scheduler reserves nothing for it, and under node memory pressure the kubelet evicts it before any Burstable or Guaranteed pod',
  },
  fix: 'Set resources.requests (and ideally limits) for cpu and memory on every container; requests equal to limits make the pod Guaranteed.',
  check({ model, report }) {
    // Ephemeral containers have no resources; every other container counts (GetPodQOS).
    const running = model.containers.filter((c) => c.role !== 'ephemeral');
    if (running.length === 0 || podQosClass(running.map((c) => c.resources)) !== 'BestEffort')
      return;
    const first = running.find((c) => c.role === 'app') ?? running[0];
    report({
      path: [...first.path, 'resources'],
      messageId: 'default',
      containers: running.map((c) => c.name),
    });
  },
};
