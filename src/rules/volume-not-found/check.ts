import { validateDns1123Label } from '../../k8s/names';
import { fieldsOf } from '../../k8s/schema';
import type { PodModel } from '../../model/types';
import { containerLabel } from '../labels';
import type { PodRule } from '../types';
import { meta } from './meta';

// The API server only registers volumes that passed validation: a mount that names a volume with
// an invalid name, a duplicate name or two sources finds nothing either.
function volumeNames(model: PodModel): { valid: Set<string>; invalid: Set<string> } {
  const known = fieldsOf('V1Volume');
  const valid = new Set<string>();
  const invalid = new Set<string>();
  for (const v of model.volumes) {
    if (!v.name) continue;
    if (v.fromClaimTemplate) {
      valid.add(v.name);
      continue;
    }
    const sources = v.sources.filter((s) => (known ? known.has(s) : true));
    const ok =
      validateDns1123Label(v.name).length === 0 && !valid.has(v.name) && sources.length <= 1;
    if (ok) valid.add(v.name);
    else if (!valid.has(v.name)) invalid.add(v.name);
  }
  return { valid, invalid };
}

export const rule: PodRule = {
  ...meta,
  check({ model, report }) {
    const { valid, invalid } = volumeNames(model);
    const available = [...valid].join(', ');
    for (const c of model.containers) {
      for (const m of c.mounts) {
        if (!m.name || valid.has(m.name)) continue;
        const suggestion = nearest(m.name, valid);
        // A separate message when there is no volume at all, so no language shows the word "none".
        const messageId = invalid.has(m.name)
          ? 'invalid'
          : suggestion
            ? 'suggest'
            : available
              ? 'default'
              : 'noVolumes';
        report({
          path: [...m.path, 'name'],
          messageId,
          params: {
            container: containerLabel(c),
            volume: m.name,
            available,
            ...(suggestion ? { suggestion } : {}),
          },
          containers: c.name ? [c.name] : undefined,
          volumes: [m.name],
        });
      }
    }
  },
};

// A close name (case or a typo of one or two characters) is almost always what was meant.
function nearest(name: string, names: Set<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(1, Math.min(2, Math.floor(name.length / 4)));
  for (const candidate of names) {
    if (candidate.toLowerCase() === name.toLowerCase()) return candidate;
    const d = distance(name, candidate);
    if (d <= bestDistance) {
      best = candidate;
      bestDistance = d - 1;
    }
  }
  return best;
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}
