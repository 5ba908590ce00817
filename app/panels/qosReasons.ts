// Why a pod has its QoS class, in the terms of Kubernetes' rule (ComputePodQOS): each app and
// init container must limit cpu and memory, and the summed requests must equal the summed limits.
import type { QosClass } from '../../src/k8s/qos';
import { compareQuantities, isPositive, parseQuantity } from '../../src/k8s/quantity';
import type { ContainerModel } from '../../src/model/types';
import { panels, type PanelTexts } from '../i18n/en/panels';

type Words = PanelTexts['qosReason'];

const QOS_RESOURCES = ['cpu', 'memory'] as const;
const MAX_REASONS = 4;

function positive(value: string | undefined): boolean {
  if (value === undefined) return false;
  const q = parseQuantity(value);
  return q.ok && isPositive(q.value);
}

function differs(a: string, b: string): boolean {
  const qa = parseQuantity(a);
  const qb = parseQuantity(b);
  return qa.ok && qb.ok && compareQuantities(qa.value, qb.value) !== 0;
}

/** What keeps a Burstable pod from being Guaranteed, container by container. */
function burstableReasons(containers: readonly ContainerModel[], T: Words): string[] {
  const reasons: string[] = [];
  for (const c of containers) {
    for (const resource of QOS_RESOURCES) {
      const limit = c.resources.limits[resource];
      // The API server defaults a missing request to the limit, so only a written one can differ.
      const request = c.resources.requests[resource] ?? limit;
      if (!positive(limit)) reasons.push(T.noLimit(c.name, resource));
      else if (request !== undefined && differs(request, limit))
        reasons.push(T.requestNotLimit(c.name, resource, request, limit));
    }
  }
  // Per-container differences can cancel out in the sums; then only the totals tell.
  if (reasons.length === 0) return [T.totals];
  if (reasons.length <= MAX_REASONS) return reasons;
  return [...reasons.slice(0, MAX_REASONS), T.more(reasons.length - MAX_REASONS)];
}

/** The reasons behind a pod's QoS class, in T's language; ephemeral containers cannot set resources and do not count. */
export function qosReasons(
  qosClass: QosClass,
  containers: readonly ContainerModel[],
  T: Words = panels.qosReason,
): string[] {
  if (qosClass === 'BestEffort') return [T.nothingSet];
  if (qosClass === 'Guaranteed') return [T.allLimited];
  return burstableReasons(
    containers.filter((c) => c.role !== 'ephemeral'),
    T,
  );
}
