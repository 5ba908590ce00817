import type { ReferencedKind } from '../../model/inventory';
import { isObj, list, str, type Obj } from '../../model/values';
import type { FieldPath } from '../../types';
import type { PodRule } from '../types';
import { meta } from './meta';

interface Reference {
  kind: ReferencedKind;
  name: string;
  path: FieldPath;
}

// A reference with optional: true is allowed to be missing: the kubelet mounts what exists.
function ref(kind: ReferencedKind, source: unknown, field: string, path: FieldPath): Reference[] {
  if (!isObj(source) || source.optional === true) return [];
  const name = str(source[field]);
  return name ? [{ kind, name, path: [...path, field] }] : [];
}

function referencesOf(raw: Obj, path: FieldPath): Reference[] {
  const out = [
    ...ref('ConfigMap', raw.configMap, 'name', [...path, 'configMap']),
    ...ref('Secret', raw.secret, 'secretName', [...path, 'secret']),
    ...ref('PersistentVolumeClaim', raw.persistentVolumeClaim, 'claimName', [
      ...path,
      'persistentVolumeClaim',
    ]),
  ];
  const projected = isObj(raw.projected) ? list(raw.projected.sources) : [];
  projected.forEach((source, i) => {
    if (!isObj(source)) return;
    const at: FieldPath = [...path, 'projected', 'sources', i];
    out.push(
      ...ref('ConfigMap', source.configMap, 'name', [...at, 'configMap']),
      ...ref('Secret', source.secret, 'name', [...at, 'secret']),
    );
  });
  return out;
}

/** A configMap/secret/PVC volume whose object is missing from an input that has objects of that kind. */
export const rule: PodRule = {
  ...meta,
  // Reports every reference; the engine keeps those whose object the input lacks (`whenMissing`).
  check({ model, report }) {
    for (const volume of model.volumes) {
      if (volume.fromClaimTemplate) continue;
      for (const r of referencesOf(volume.raw, volume.path)) {
        report({
          whenMissing: { kind: r.kind, name: r.name },
          path: r.path,
          messageId: r.kind,
          params: { volume: volume.name, name: r.name },
          volumes: [volume.name],
          containers: [
            ...new Set(
              model.containers
                .filter((c) => c.mounts.some((m) => m.name === volume.name))
                .map((c) => c.name),
            ),
          ],
        });
      }
    }
  },
};
