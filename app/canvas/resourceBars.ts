// CPU and memory bars on container cards. Every card shares one scale per resource (the largest
// of the pod's effective totals and any container's own values), so bars compare across cards:
// a sidecar's sliver next to the app's long bar is the point.
import { parseQuantity, quantityToNumber } from '../../src/k8s/quantity';
import type { ContainerNode, PodNode } from '../../src/graph/types';

export const BAR_RESOURCES = ['cpu', 'memory'] as const;
export type BarResource = (typeof BAR_RESOURCES)[number];

/** The value a full bar stands for, per resource, in base units (cores, bytes). */
export type ResourceScale = Partial<Record<BarResource, number>>;

export interface ResourceBar {
  resource: BarResource;
  /** As written in the manifest. */
  request?: string;
  limit?: string;
  /** Share of the scale, 0…1; undefined when the value is missing or unreadable. */
  requestFraction?: number;
  limitFraction?: number;
}

/** A quantity string as a plain number, or undefined when it does not parse or is negative. */
export function amount(quantity: string | undefined): number | undefined {
  if (quantity === undefined) return undefined;
  const parsed = parseQuantity(quantity);
  if (!parsed.ok) return undefined;
  const value = quantityToNumber(parsed.value);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

/** The scale of each bar resource: the largest pod total or container request/limit. */
export function resourceScale(
  pod: PodNode | undefined,
  containers: readonly ContainerNode[],
): ResourceScale {
  const scale: ResourceScale = {};
  for (const resource of BAR_RESOURCES) {
    const values = [
      amount(pod?.requests[resource]),
      amount(pod?.limits[resource]),
      ...containers.flatMap((c) => [
        amount(c.resources.requests[resource]),
        amount(c.resources.limits[resource]),
      ]),
    ];
    const max = Math.max(0, ...values.filter((v): v is number => v !== undefined));
    if (max > 0) scale[resource] = max;
  }
  return scale;
}

/** One bar of a container card. */
export function resourceBar(
  node: ContainerNode,
  resource: BarResource,
  scale: ResourceScale,
): ResourceBar {
  const bar: ResourceBar = { resource };
  const request = node.resources.requests[resource];
  const limit = node.resources.limits[resource];
  if (request !== undefined) bar.request = request;
  if (limit !== undefined) bar.limit = limit;
  const full = scale[resource];
  const fraction = (q: string | undefined): number | undefined => {
    const v = amount(q);
    return v === undefined || full === undefined ? undefined : Math.min(1, v / full);
  };
  const rf = fraction(request);
  const lf = fraction(limit);
  if (rf !== undefined) bar.requestFraction = rf;
  if (lf !== undefined) bar.limitFraction = lf;
  return bar;
}
