// Volumes → the ConfigMap, Secret and PVC objects they name.
import type { ReferencedKind } from '../model/inventory';
import type { VolumeModel } from '../model/types';

export interface ObjectRef {
  kind: ReferencedKind;
  name: string;
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The objects a volume refers to; a projected volume may name several. */
export function volumeReferences(v: VolumeModel): ObjectRef[] {
  const refs: ObjectRef[] = [];
  const push = (kind: ReferencedKind, name: string | undefined): void => {
    if (name !== undefined && !refs.some((r) => r.kind === kind && r.name === name))
      refs.push({ kind, name });
  };
  if (v.type === 'configMap') push('ConfigMap', v.reference);
  else if (v.type === 'secret') push('Secret', v.reference);
  else if (v.type === 'persistentVolumeClaim') push('PersistentVolumeClaim', v.reference);
  else if (v.type === 'projected') {
    const sources = record(v.raw.projected).sources;
    for (const source of Array.isArray(sources) ? sources : []) {
      push('ConfigMap', text(record(record(source).configMap).name));
      push('Secret', text(record(record(source).secret).name));
    }
  }
  return refs;
}
