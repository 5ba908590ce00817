// Volumes → VolumeModel, with the API server's default (no source means `emptyDir: {}`).
import type { FieldPath } from '../types';
import type { ObjectRef, WrittenVolume } from './types';
import { list, obj, str, type Obj } from './values';

/** Builds the model of one `spec.volumes` entry. */
export function buildVolume(raw: Obj, index: number, path: FieldPath): WrittenVolume {
  const sources = Object.keys(raw).filter(
    (k) => k !== 'name' && raw[k] !== undefined && raw[k] !== null,
  );
  const type = sources[0] ?? 'emptyDir';
  const source = obj(raw[type]);
  const emptyDir = type === 'emptyDir' ? source : {};
  const hostPath = type === 'hostPath' ? source : {};
  const sizeLimit = emptyDir.sizeLimit;
  return {
    name: str(raw.name) ?? '',
    index,
    path,
    type,
    sources,
    defaulted: sources.length === 0,
    medium: str(emptyDir.medium) || undefined,
    sizeLimit:
      typeof sizeLimit === 'string' || typeof sizeLimit === 'number'
        ? String(sizeLimit)
        : undefined,
    reference: referenceOf(type, source),
    hostPathType: str(hostPath.type) || undefined,
    fromClaimTemplate: false,
    objects: volumeObjects(type, source),
    raw,
  };
}

/** A StatefulSet volumeClaimTemplate, mountable by its metadata.name. */
export function buildClaimTemplate(
  raw: Obj,
  index: number,
  path: FieldPath,
  owner: string,
): WrittenVolume {
  const name = str(obj(raw.metadata).name) ?? '';
  const spec = obj(raw.spec);
  const storage = obj(obj(spec.resources).requests).storage;
  return {
    name,
    index,
    path,
    type: 'persistentVolumeClaim',
    sources: ['persistentVolumeClaim'],
    defaulted: false,
    sizeLimit:
      typeof storage === 'string' || typeof storage === 'number' ? String(storage) : undefined,
    reference: `${name}-${owner}-0`,
    fromClaimTemplate: true,
    objects: [{ kind: 'PersistentVolumeClaim', name: `${name}-${owner}-0` }],
    raw,
  };
}

// What a volume points at, in the words `kubectl describe` uses.
function referenceOf(type: string, s: Obj): string | undefined {
  switch (type) {
    case 'configMap':
      return str(s.name);
    case 'secret':
      return str(s.secretName);
    case 'persistentVolumeClaim':
      return str(s.claimName);
    case 'hostPath':
      return str(s.path);
    case 'image':
      return str(s.reference);
    case 'csi':
      return str(s.driver);
    case 'nfs':
      return `${str(s.server) ?? ''}:${str(s.path) ?? ''}`;
    case 'projected':
      return list(s.sources)
        .map((p) => Object.keys(obj(p))[0])
        .filter(Boolean)
        .join(', ');
    default:
      return undefined;
  }
}

/** The objects a volume of `type` with this source names; a projected volume may name several. */
export function volumeObjects(type: string, source: Obj): ObjectRef[] {
  const refs: ObjectRef[] = [];
  const push = (kind: ObjectRef['kind'], name: string | undefined): void => {
    if (name && !refs.some((r) => r.kind === kind && r.name === name)) refs.push({ kind, name });
  };
  if (type === 'configMap') push('ConfigMap', str(source.name));
  else if (type === 'secret') push('Secret', str(source.secretName));
  else if (type === 'persistentVolumeClaim') push('PersistentVolumeClaim', str(source.claimName));
  else if (type === 'projected') {
    for (const p of list(source.sources)) {
      push('ConfigMap', str(obj(obj(p).configMap).name));
      push('Secret', str(obj(obj(p).secret).name));
    }
  }
  return refs;
}
