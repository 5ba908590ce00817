import type { ContainerModel } from '../../model/types';
import type { FieldPath } from '../../types';
import { containerLabel } from '../labels';
import type { PodRule, PodRuleContext } from '../types';
import { meta } from './meta';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

// The API server counts handlers in this order and reports the second one it meets. It still
// counts tcpSocket in a lifecycle hook (kept for backward compatibility), though the kubelet
// cannot run it there.
const PROBE_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'grpc'];
const HOOK_HANDLERS = ['exec', 'httpGet', 'tcpSocket', 'sleep'];

const present = (raw: Obj, kind: string): boolean => raw[kind] !== undefined && raw[kind] !== null;

/** A hook whose one handler is tcpSocket: valid to the API server, a failure at runtime. */
function onlyTcpSocket(hook: Obj): boolean {
  return present(hook, 'tcpSocket') && HOOK_HANDLERS.filter((k) => present(hook, k)).length === 1;
}

function checkHandler(
  c: ContainerModel,
  raw: unknown,
  path: FieldPath,
  field: string,
  kinds: string[],
  report: PodRuleContext['report'],
): void {
  if (!isObj(raw)) return;
  const found = kinds.filter((k) => present(raw, k));
  const base = {
    params: { field, container: containerLabel(c), handlers: found.join(', ') },
    containers: c.name ? [c.name] : undefined,
  };
  if (found.length === 0) report({ path, messageId: 'none', ...base });
  else if (found.length > 1) report({ path: [...path, found[1]], messageId: 'many', ...base });
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
      for (const hook of ['postStart', 'preStop'] as const) {
        const path = [...c.path, 'lifecycle', hook];
        checkHandler(c, lifecycle[hook], path, `lifecycle.${hook}`, HOOK_HANDLERS, (r) =>
          report(r.messageId === 'none' ? { ...r, messageId: 'hookNone' } : r),
        );
        const handler = lifecycle[hook];
        if (isObj(handler) && onlyTcpSocket(handler))
          report({
            path: [...path, 'tcpSocket'],
            messageId: `${hook}TcpSocket`,
            // The API server accepts it; the hook fails only when the kubelet runs it.
            severity: 'warning',
            params: { container: containerLabel(c) },
            containers: c.name ? [c.name] : undefined,
          });
      }
    }
  },
};
