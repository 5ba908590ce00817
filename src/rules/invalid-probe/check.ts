import type { ContainerModel } from '../../model/types';
import type { FieldPath } from '../../types';
import { containerLabel } from '../labels';
import type { PodRule, PodRuleContext } from '../types';
import { meta } from './meta';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

// The API server counts handlers in this order and reports the second one it meets.
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

function checkHandler(
  c: ContainerModel,
  raw: unknown,
  path: FieldPath,
  field: string,
  kinds: string[],
  report: PodRuleContext['report'],
): void {
  if (!isObj(raw)) return;
  const present = kinds.filter((k) => raw[k] !== undefined && raw[k] !== null);
  const base = {
    params: { field, container: containerLabel(c), handlers: present.join(', ') },
    containers: c.name ? [c.name] : undefined,
  };
  if (present.length === 0) report({ path, messageId: 'none', ...base });
  else if (present.length > 1) report({ path: [...path, present[1]], messageId: 'many', ...base });
}

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const c of model.containers) {
      // Init containers and ephemeral containers may not have probes at all (other rules say so).
      if (c.role === 'init' || c.role === 'ephemeral') continue;
      for (const probe of c.probes)
        checkHandler(c, c.raw[probe.kind], probe.path, probe.kind, PROBE_HANDLERS, report);
      const lifecycle = c.raw.lifecycle;
      if (!isObj(lifecycle)) continue;
      for (const hook of ['postStart', 'preStop']) {
        const path = [...c.path, 'lifecycle', hook];
        checkHandler(c, lifecycle[hook], path, `lifecycle.${hook}`, HOOK_HANDLERS, (r) =>
          report(r.messageId === 'none' ? { ...r, messageId: 'hookNone' } : r),
        );
      }
    }
  },
};
