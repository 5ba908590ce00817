// The walk of a document against the generated Kubernetes schema, shared by unknown-field and
// wrong-type: both see the same roots and stop at the same places.
import type { Document } from 'yaml';
import { isScalar } from 'yaml';
import { fieldsOf, fieldType, ROOT_TYPE_BY_KIND, type FieldType } from '../k8s/schema';
import type { WorkloadRef } from '../model/types';
import { isPathPrefix, valueAt } from '../parse/path';
import type { FieldPath } from '../types';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface SchemaVisitor {
  unknown?(path: FieldPath, name: string, typeName: string): void;
  /** `value` as the API server receives it (see `read`), `written` as the document holds it. */
  mismatch?(path: FieldPath, expected: FieldType, value: unknown, written: unknown): void;
  /** Reinterprets a scalar the way kubectl's reader would see it. */
  read?(path: FieldPath, value: unknown): unknown;
}

/** Walks every schema-checked object of a document against the generated Kubernetes schema. */
export function walkSchema(
  root: unknown,
  workloads: readonly WorkloadRef[],
  visitor: SchemaVisitor,
): void {
  for (const r of schemaRoots(root, workloads)) walk(r.value, r.type, r.path, visitor);
}

interface SchemaRoot {
  path: FieldPath;
  value: unknown;
  type: FieldType;
}

// What is read of a custom resource that lists containers in its own spec (see workloads.ts).
const PARTIAL_LISTS: readonly [string, string][] = [
  ['containers', 'V1Container'],
  ['initContainers', 'V1Container'],
  ['volumes', 'V1Volume'],
];

// Built-in kinds are checked whole; a custom resource only at its embedded pod templates, since
// its own fields belong to a CRD schema we do not have.
function schemaRoots(root: unknown, workloads: readonly WorkloadRef[]): SchemaRoot[] {
  if (!isObj(root)) return [];
  const out: SchemaRoot[] = [];
  const byKind = (o: unknown, path: FieldPath): void => {
    const type = isObj(o) && typeof o.kind === 'string' ? ROOT_TYPE_BY_KIND[o.kind] : undefined;
    if (type) out.push({ path, value: o, type: { kind: 'object', ref: type } });
  };
  if (root.kind === 'List' && Array.isArray(root.items))
    root.items.forEach((item, i) => byKind(item, ['items', i]));
  else byKind(root, []);
  for (const ref of workloads) {
    if (ROOT_TYPE_BY_KIND[ref.kind]) continue;
    if (ref.completedBy === 'partial') {
      for (const [key, of] of PARTIAL_LISTS) {
        const path = [...ref.podSpecPath, key];
        const value = valueAt(root, path);
        const item: FieldType = { kind: 'object', ref: of };
        if (value !== undefined) out.push({ path, value, type: { kind: 'array', of: item } });
      }
      continue;
    }
    if (ref.podSpecPath.length < 2) continue;
    const path = ref.podSpecPath.slice(0, -1);
    out.push({
      path,
      value: valueAt(root, path),
      type: { kind: 'object', ref: 'V1PodTemplateSpec' },
    });
  }
  return out;
}

function walk(value: unknown, type: FieldType, path: FieldPath, v: SchemaVisitor): void {
  if (value === null || value === undefined || type.kind === 'any') return;
  if (type.kind === 'object') {
    if (!isObj(value)) return v.mismatch?.(path, type, value, value);
    if (!fieldsOf(type.ref)) return;
    for (const [key, child] of Object.entries(value)) {
      // kubectl output carries managedFields; the API server ignores what users send there.
      if (type.ref === 'V1ObjectMeta' && key === 'managedFields') continue;
      const ft = fieldType(type.ref, key);
      if (ft) walk(child, ft, [...path, key], v);
      else v.unknown?.([...path, key], key, type.ref);
    }
  } else if (type.kind === 'array') {
    if (!Array.isArray(value)) return v.mismatch?.(path, type, value, value);
    value.forEach((item, i) => walk(item, type.of, [...path, i], v));
  } else if (type.kind === 'map') {
    if (!isObj(value)) return v.mismatch?.(path, type, value, value);
    for (const [key, child] of Object.entries(value)) walk(child, type.of, [...path, { key }], v);
  } else {
    const seen = v.read ? v.read(path, value) : value;
    if (!scalarFits(type.kind, seen)) v.mismatch?.(path, type, seen, value);
  }
}

function scalarFits(kind: FieldType['kind'], value: unknown): boolean {
  switch (kind) {
    case 'string':
    case 'date-time':
      return typeof value === 'string';
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'boolean':
      return typeof value === 'boolean';
    case 'int-or-string':
      return typeof value === 'string' || (typeof value === 'number' && Number.isInteger(value));
    case 'quantity':
      return typeof value === 'string' || typeof value === 'number';
    default:
      return true;
  }
}

/** The name of the container a path points into, for suppression scoping and graph badges. */
export function containerAt(
  root: unknown,
  workloads: readonly WorkloadRef[],
  path: FieldPath,
): string[] | undefined {
  for (const ref of workloads) {
    const n = ref.podSpecPath.length;
    if (!isPathPrefix(ref.podSpecPath, path)) continue;
    const list = path[n];
    if (list !== 'containers' && list !== 'initContainers' && list !== 'ephemeralContainers')
      continue;
    if (typeof path[n + 1] !== 'number') continue;
    const name = valueAt(root, [...path.slice(0, n + 2), 'name']);
    return typeof name === 'string' && name ? [name] : undefined;
  }
  return undefined;
}

/** The YAML scalar node at a path, when it exists (for how a value was written). */
export function scalarAt(ast: Document.Parsed, path: FieldPath): { type?: string } | undefined {
  const node = ast.getIn(
    path.map((s) => (typeof s === 'object' ? s.key : s)),
    true,
  );
  return isScalar(node) ? node : undefined;
}
