import { containerLabel } from '../labels';
import type { PodRule, PodRuleContext } from '../types';
import type { ContainerModel, MountModel } from '../../model/types';
import { meta } from './meta';

// Go's path.IsAbs on the API server: a leading "/" only, backslashes are ordinary characters.
const absolute = (p: string): boolean => p.startsWith('/');
const backsteps = (p: string): boolean => p.split('/').includes('..');

function checkMount(c: ContainerModel, m: MountModel, report: PodRuleContext['report']): void {
  const base = {
    containers: c.name ? [c.name] : undefined,
    volumes: m.name ? [m.name] : undefined,
  };
  const params = { container: containerLabel(c), volume: m.name ?? '' };
  for (const field of ['subPath', 'subPathExpr'] as const) {
    const value = m[field];
    if (!value) continue;
    const path = [...m.path, field];
    if (c.role === 'ephemeral') {
      report({ path, messageId: 'ephemeral', params: { ...params, field }, ...base });
      continue;
    }
    if (absolute(value))
      report({ path, messageId: 'absolute', params: { ...params, field, value }, ...base });
    if (backsteps(value))
      report({ path, messageId: 'backsteps', params: { ...params, field, value }, ...base });
  }
  if (m.subPath && m.subPathExpr && c.role !== 'ephemeral') {
    report({ path: [...m.path, 'subPathExpr'], messageId: 'both', params, ...base });
  }
}

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    for (const c of model.containers) for (const m of c.mounts) checkMount(c, m, report);
  },
};
