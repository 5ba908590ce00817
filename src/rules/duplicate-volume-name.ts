import type { PodRule } from './types';

export const rule: PodRule = {
  id: 'duplicate-volume-name',
  severity: 'error',
  scope: 'pod',
  docs: 'https://kubernetes.io/docs/concepts/storage/volumes/',
  summary: 'Two volumes of a pod with one name.',
  messages: {
    default:
      'volume name "{name}" is already used by volumes[{first}]: mounts refer to volumes by name, so names must be unique (Duplicate value)',
  },
  fix: 'Rename one of the volumes (and the volumeMounts that should use it), or merge them into one volume.',
  check({ model, report }) {
    const seen = new Map<string, number>();
    for (const v of model.volumes) {
      if (v.fromClaimTemplate || !v.name) continue;
      const first = seen.get(v.name);
      if (first === undefined) seen.set(v.name, v.index);
      else
        report({
          path: [...v.path, 'name'],
          messageId: 'default',
          params: { name: v.name, first },
          volumes: [v.name],
        });
    }
  },
};
