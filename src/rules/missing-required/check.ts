import { containerLabel } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
// The API server decodes a missing field, null and "" alike: all are the zero value.
const blank = (v: unknown): boolean => v === undefined || v === null || v === '';
const items = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const spec = model.spec;
    if (
      blank(spec.containers) ||
      (Array.isArray(spec.containers) && spec.containers.length === 0)
    ) {
      report({ path: [...model.workload.podSpecPath, 'containers'], messageId: 'containers' });
    }
    for (const c of model.containers) {
      const container = containerLabel(c);
      const containers = c.name ? [c.name] : undefined;
      if (blank(c.raw.name))
        report({ path: [...c.path, 'name'], messageId: 'name', params: { container }, containers });
      if (blank(c.raw.image))
        report({
          path: [...c.path, 'image'],
          messageId: 'image',
          params: { container },
          containers,
        });
      items(c.raw.ports).forEach((p, index) => {
        if (isObj(p) && (blank(p.containerPort) || p.containerPort === 0)) {
          const path = [...c.path, 'ports', index, 'containerPort'];
          report({ path, messageId: 'containerPort', params: { index, container }, containers });
        }
      });
      items(c.raw.volumeMounts).forEach((m, index) => {
        if (!isObj(m)) return;
        const volumes = typeof m.name === 'string' && m.name ? [m.name] : undefined;
        for (const field of ['name', 'mountPath'] as const) {
          if (!blank(m[field])) continue;
          const messageId = field === 'name' ? 'mountName' : 'mountPath';
          report({
            path: [...c.path, 'volumeMounts', index, field],
            messageId,
            params: { index, container },
            containers,
            volumes,
          });
        }
      });
    }
    for (const v of model.volumes) {
      if (!v.fromClaimTemplate && blank(v.raw.name)) {
        report({ path: [...v.path, 'name'], messageId: 'volumeName', params: { index: v.index } });
      }
    }
  },
};
