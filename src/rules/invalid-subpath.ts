import { containerLabel } from './missing-required';
import type { PodRule, PodRuleContext } from './types';
import type { ContainerModel, MountModel } from '../model/types';

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
  id: 'invalid-subpath',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/#using-subpath',
  summary: 'A subPath or subPathExpr that is absolute or contains "..", or both set on one mount.',
  messages: {
    absolute:
      '{field} "{value}" of the mount of "{volume}" in container {container} must be a relative path (inside the volume)',
    backsteps:
      '{field} "{value}" of the mount of "{volume}" in container {container} must not contain \'..\': it could escape the volume',
    both: 'the mount of "{volume}" in container {container} sets both subPath and subPathExpr: they are mutually exclusive',
    ephemeral:
      '{field} cannot be set for an ephemeral container (container {container}): subPath bind mounts would outlive it',
  },
  fix: 'Write subPath relative to the volume root (logs/app, not /logs/app) without "..", and use either subPath or subPathExpr.',
  check({ model, report }) {
    for (const c of model.containers) for (const m of c.mounts) checkMount(c, m, report);
  },
};
