// The pod QoS class, as Kubernetes computes it (pkg/apis/core/helper/qos ComputePodQOS).
import {
  addQuantities,
  compareQuantities,
  isPositive,
  parseQuantity,
  type Quantity,
} from './quantity';

export type QosClass = 'Guaranteed' | 'Burstable' | 'BestEffort';

export interface QosContainer {
  requests: Record<string, unknown>;
  limits: Record<string, unknown>;
}

// Only these take part in QoS; GPUs, ephemeral-storage and hugepages do not.
const QOS_RESOURCES = ['cpu', 'memory'] as const;

const has = (map: Record<string, unknown>, key: string): boolean =>
  Object.hasOwn(map, key) && map[key] !== undefined;

function positive(value: unknown): Quantity | undefined {
  const parsed = parseQuantity(value);
  return parsed.ok && isPositive(parsed.value) ? parsed.value : undefined;
}

function accumulate(totals: Map<string, Quantity>, name: string, value: Quantity): void {
  const current = totals.get(name);
  totals.set(name, current ? addQuantities(current, value) : value);
}

/**
 * The QoS class of a pod from all its app and init containers (ephemeral containers cannot
 * set resources). A limit without a request counts as the request, as the API server defaults it.
 */
export function podQosClass(containers: readonly QosContainer[]): QosClass {
  const requests = new Map<string, Quantity>();
  const limits = new Map<string, Quantity>();
  let guaranteed = true;
  for (const c of containers) {
    let limitsFound = 0;
    for (const name of QOS_RESOURCES) {
      const requestValue = has(c.requests, name) ? c.requests[name] : c.limits[name];
      const request = positive(requestValue);
      if (request) accumulate(requests, name, request);
      const limit = has(c.limits, name) ? positive(c.limits[name]) : undefined;
      if (limit) {
        accumulate(limits, name, limit);
        limitsFound++;
      }
    }
    // Guaranteed needs every container to limit both cpu and memory.
    if (limitsFound < QOS_RESOURCES.length) guaranteed = false;
  }
  if (requests.size === 0 && limits.size === 0) return 'BestEffort';
  if (!guaranteed || requests.size !== limits.size) return 'Burstable';
  for (const [name, request] of requests) {
    const limit = limits.get(name);
    if (!limit || compareQuantities(limit, request) !== 0) return 'Burstable';
  }
  return 'Guaranteed';
}
