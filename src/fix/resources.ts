// A `resources` block for a container that has none: requests and limits proposed from the
// pod's other containers, which the user confirms or edits on the page before it is written.
import { compareQuantities, parseQuantity } from '../k8s/quantity';
import type { ContainerModel, PodModel } from '../model/types';
import type { FixMap, FixOp } from './splice';

/** The four values of the block; an empty string leaves that entry out. */
export interface ResourceValues {
  requestsCpu: string;
  requestsMemory: string;
  limitsCpu: string;
  limitsMemory: string;
}

export const RESOURCE_FIELDS = [
  'requestsCpu',
  'requestsMemory',
  'limitsCpu',
  'limitsMemory',
] as const satisfies readonly (keyof ResourceValues)[];

// With nothing to learn from: a small web container's needs. The memory limit equals the request,
// so the container is never killed for using what the scheduler reserved for it.
const FALLBACK = { cpu: '100m', memory: '128Mi' };

/**
 * Values for `container` from the pod's other app and sidecar containers: the smallest each
 * one sets for a helper, the largest for the main container; limits never below the requests.
 */
export function proposeResources(
  model: PodModel,
  container: ContainerModel,
  main: boolean,
): ResourceValues {
  const others = model.containers.filter(
    (c) => c !== container && (c.role === 'app' || c.role === 'sidecar'),
  );
  const pick = (kind: 'requests' | 'limits', name: 'cpu' | 'memory'): string | undefined => {
    let best: string | undefined;
    for (const c of others) {
      const v = c.resources[kind][name];
      if (v === undefined || !parseQuantity(v).ok) continue;
      const cmp = best === undefined ? 0 : compare(v, best);
      if (best === undefined || (main ? cmp > 0 : cmp < 0)) best = v;
    }
    return best;
  };
  const requestsCpu = pick('requests', 'cpu') ?? pick('limits', 'cpu') ?? FALLBACK.cpu;
  const requestsMemory = pick('requests', 'memory') ?? pick('limits', 'memory') ?? FALLBACK.memory;
  const limitsCpu = pick('limits', 'cpu');
  const limitsMemory = pick('limits', 'memory') ?? requestsMemory;
  return {
    requestsCpu,
    requestsMemory,
    limitsCpu: limitsCpu === undefined ? '' : atLeast(limitsCpu, requestsCpu),
    limitsMemory: atLeast(limitsMemory, requestsMemory),
  };
}

/** The values that are not quantities Kubernetes accepts (empty ones are fine). */
export function invalidResourceValues(values: ResourceValues): (keyof ResourceValues)[] {
  const bad = RESOURCE_FIELDS.filter((k) => values[k] !== '' && !parseQuantity(values[k]).ok);
  // A limit below its request is refused by the API server.
  for (const [req, lim] of [
    ['requestsCpu', 'limitsCpu'],
    ['requestsMemory', 'limitsMemory'],
  ] as const)
    if (values[req] && values[lim] && !bad.includes(req) && !bad.includes(lim))
      if (compare(values[req], values[lim]) > 0) bad.push(lim);
  return bad;
}

/** The ops that write `values` as the container's resources block. */
export function resourceOps(container: ContainerModel, values: ResourceValues): FixOp[] {
  const block = (cpu: string, memory: string): FixMap | undefined => {
    const m: Record<string, string> = {};
    if (cpu) m.cpu = cpu;
    if (memory) m.memory = memory;
    return Object.keys(m).length > 0 ? m : undefined;
  };
  const requests = block(values.requestsCpu.trim(), values.requestsMemory.trim());
  const limits = block(values.limitsCpu.trim(), values.limitsMemory.trim());
  const base = [...container.path, 'resources'];
  const ops: FixOp[] = [];
  if (requests) ops.push({ op: 'set', path: [...base, 'requests'], value: requests });
  if (limits) ops.push({ op: 'set', path: [...base, 'limits'], value: limits });
  return ops;
}

function compare(a: string, b: string): number {
  const x = parseQuantity(a);
  const y = parseQuantity(b);
  return x.ok && y.ok ? compareQuantities(x.value, y.value) : 0;
}

const atLeast = (value: string, floor: string): string =>
  compare(value, floor) < 0 ? floor : value;
