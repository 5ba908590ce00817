import { isInteger, parseQuantity, type Quantity } from '../../k8s/quantity';
import type { FieldPath, MessageParams } from '../../types';
import type { PodRule, PodRuleContext } from '../types';
import { meta } from './meta';

const BYTE_RESOURCES = ['memory', 'ephemeral-storage'] as const;
const LISTS = ['requests', 'limits'] as const;

// Exact decimal text of a parsed quantity (its denominator divides 10^9).
function decimal(q: Quantity): string {
  const scale = 1_000_000_000n;
  const scaled = (q.num * scale) / q.den;
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(9, '0').replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

// Quantity.Value() rounds up to a whole byte.
const ceil = (q: Quantity): bigint => (q.num + q.den - 1n) / q.den;

// "512m" is almost always meant as 512Mi (or 512M).
function suggestion(value: string): string | undefined {
  const m = /^\s*(\d+)m\s*$/.exec(value);
  return m ? `${m[1]}Mi` : undefined;
}

interface Site {
  kind: 'container' | 'overhead';
  path: FieldPath;
  params: MessageParams;
  containers?: string[];
}

function check(
  ctx: PodRuleContext,
  value: string | undefined,
  { kind, path, params, containers }: Site,
): void {
  if (value === undefined) return;
  const parsed = parseQuantity(value);
  if (!parsed.ok || isInteger(parsed.value) || parsed.value.num < 0n) return;
  const suggested = suggestion(value);
  ctx.report({
    path,
    messageId: suggested ? `${kind}Suggest` : kind,
    params: {
      ...params,
      value,
      bytes: decimal(parsed.value),
      rounded: ceil(parsed.value).toString(),
      suggestion: suggested ?? '',
    },
    ...(containers ? { containers } : {}),
  });
}

/** memory or ephemeral-storage given in fractions of a byte ("500m"). */
export const rule: PodRule = {
  ...meta,
  check(ctx) {
    const { model } = ctx;
    for (const c of model.containers) {
      for (const field of LISTS) {
        for (const resource of BYTE_RESOURCES) {
          // A request copied from the limit is reported once, at the limit.
          if (field === 'requests' && c.resources.defaultedRequests.includes(resource)) continue;
          check(ctx, c.resources[field][resource], {
            kind: 'container',
            path: [...c.path, 'resources', field, { key: resource }],
            params: { field, resource, container: c.name },
            containers: [c.name],
          });
        }
      }
    }
    for (const resource of BYTE_RESOURCES) {
      const path = [...model.workload.podSpecPath, 'overhead', { key: resource }];
      check(ctx, model.overhead[resource], { kind: 'overhead', path, params: { resource } });
    }
  },
};
