// Effective pod requests and limits, as the scheduler and the kubelet compute them
// (k8s.io/component-helpers/resource PodRequests/PodLimits, with native sidecars).
import {
  addQuantities,
  compareQuantities,
  isPositive,
  parseQuantity,
  type Quantity,
} from './quantity';

export interface ResourceContainer {
  role: 'init' | 'sidecar' | 'app' | 'ephemeral';
  requests: Record<string, unknown>;
  limits: Record<string, unknown>;
}

export interface EffectiveResources {
  requests: Record<string, Quantity>;
  limits: Record<string, Quantity>;
  /** cpu/memory without a pod-wide cap: some init, sidecar or app container has no limit. */
  unboundedLimits: string[];
}

type ResourceList = Map<string, Quantity>;

// The API server rejects negative quantities, so like invalid ones they never reach a node.
function validList(map: Record<string, unknown>): ResourceList {
  const list: ResourceList = new Map();
  for (const [name, raw] of Object.entries(map)) {
    if (raw === undefined) continue;
    const parsed = parseQuantity(raw);
    if (parsed.ok && parsed.value.num >= 0n) list.set(name, parsed.value);
  }
  return list;
}

// Pod defaulting: a limit without a request becomes the request.
function requestsOf(c: ResourceContainer): ResourceList {
  const merged: Record<string, unknown> = { ...c.requests };
  for (const [name, limit] of Object.entries(c.limits)) {
    if (merged[name] === undefined) merged[name] = limit;
  }
  return validList(merged);
}

function addInto(target: ResourceList, source: ResourceList): void {
  for (const [name, value] of source) {
    const current = target.get(name);
    target.set(name, current ? addQuantities(current, value) : value);
  }
}

function maxInto(target: ResourceList, source: ResourceList): void {
  for (const [name, value] of source) {
    const current = target.get(name);
    if (!current || compareQuantities(value, current) > 0) target.set(name, value);
  }
}

// max(app + all sidecars, max over init containers of (own + sidecars declared before it)):
// a sidecar keeps running while the init containers after it run (KEP-753).
function aggregate(
  containers: readonly ResourceContainer[],
  pick: (c: ResourceContainer) => ResourceList,
): ResourceList {
  const running: ResourceList = new Map();
  const sidecars: ResourceList = new Map();
  const initPeak: ResourceList = new Map();
  for (const c of containers) {
    const own = pick(c);
    if (c.role === 'app') {
      addInto(running, own);
    } else if (c.role === 'sidecar') {
      addInto(running, own);
      addInto(sidecars, own);
      maxInto(initPeak, sidecars);
    } else if (c.role === 'init') {
      const during: ResourceList = new Map(own);
      addInto(during, sidecars);
      maxInto(initPeak, during);
    }
  }
  maxInto(running, initPeak);
  return running;
}

const ORDER = ['cpu', 'memory', 'ephemeral-storage'];

function toRecord(list: ResourceList): Record<string, Quantity> {
  const rank = (name: string): number =>
    ORDER.includes(name) ? ORDER.indexOf(name) : ORDER.length;
  const names = [...list.keys()].sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(names.map((name) => [name, list.get(name) as Quantity]));
}

/**
 * Effective pod requests and limits: per resource, the larger of the running containers' sum
 * and the init-phase peak, plus pod overhead (on limits only where a non-zero limit exists).
 */
export function effectivePodResources(
  containers: readonly ResourceContainer[],
  overhead: Record<string, unknown> = {},
): EffectiveResources {
  const active = containers.filter((c) => c.role !== 'ephemeral');
  const requests = aggregate(active, requestsOf);
  const limits = aggregate(active, (c) => validList(c.limits));
  const extra = validList(overhead);
  addInto(requests, extra);
  for (const [name, value] of extra) {
    const limit = limits.get(name);
    if (limit && isPositive(limit)) limits.set(name, addQuantities(limit, value));
  }
  // The kubelet caps the pod cgroup only when every container declares a non-zero limit.
  const unboundedLimits = ['cpu', 'memory'].filter((name) =>
    active.some((c) => {
      const limit = validList(c.limits).get(name);
      return !limit || !isPositive(limit);
    }),
  );
  return { requests: toRecord(requests), limits: toRecord(limits), unboundedLimits };
}
