// Typed lookups over the generated Kubernetes schema table (schema.generated.ts).
import { SCHEMA_TABLE } from './schema.generated';

export { SCHEMA_SOURCE } from './schema.generated';

export type FieldType =
  | { kind: 'object'; ref: string }
  | { kind: 'array'; of: FieldType }
  | { kind: 'map'; of: FieldType }
  | {
      kind:
        | 'string'
        | 'integer'
        | 'number'
        | 'boolean'
        | 'int-or-string'
        | 'quantity'
        | 'date-time'
        | 'any';
    };

type PrimitiveKind = Exclude<FieldType['kind'], 'object' | 'array' | 'map'>;

const PRIMITIVES: Record<string, PrimitiveKind> = {
  s: 'string',
  i: 'integer',
  n: 'number',
  b: 'boolean',
  is: 'int-or-string',
  q: 'quantity',
  d: 'date-time',
  a: 'any',
};

/** Schema type of each kind's top-level object, plus the pod template and pod spec. */
export const ROOT_TYPE_BY_KIND: Record<string, string> = {
  Pod: 'V1Pod',
  PodTemplate: 'V1PodTemplate',
  Deployment: 'V1Deployment',
  ReplicaSet: 'V1ReplicaSet',
  StatefulSet: 'V1StatefulSet',
  DaemonSet: 'V1DaemonSet',
  Job: 'V1Job',
  CronJob: 'V1CronJob',
  ReplicationController: 'V1ReplicationController',
  PodTemplateSpec: 'V1PodTemplateSpec',
  PodSpec: 'V1PodSpec',
};

function decode(code: string): FieldType {
  if (code.endsWith('[]')) return { kind: 'array', of: decode(code.slice(0, -2)) };
  if (code.startsWith('{') && code.endsWith('}'))
    return { kind: 'map', of: decode(code.slice(1, -1)) };
  const primitive = PRIMITIVES[code];
  return primitive ? { kind: primitive } : { kind: 'object', ref: code };
}

const decoded = new Map<string, ReadonlyMap<string, FieldType>>();

/** The fields of a schema type by JSON name, or undefined for an unknown type. */
export function fieldsOf(typeName: string): ReadonlyMap<string, FieldType> | undefined {
  const cached = decoded.get(typeName);
  if (cached) return cached;
  if (!Object.hasOwn(SCHEMA_TABLE, typeName)) return undefined;
  const fields = new Map<string, FieldType>();
  for (const [name, code] of Object.entries(SCHEMA_TABLE[typeName])) {
    fields.set(name, decode(code));
  }
  decoded.set(typeName, fields);
  return fields;
}

/** The type of one field (its JSON name), or undefined when the type has no such field. */
export function fieldType(typeName: string, field: string): FieldType | undefined {
  return fieldsOf(typeName)?.get(field);
}

// Optimal string alignment distance: edits plus adjacent swaps ("imgae" → "image" is one).
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, d[i - 2][j - 2] + 1);
      }
      d[i][j] = best;
    }
  }
  return d[a.length][b.length];
}

const normalise = (s: string): string => s.toLowerCase().replace(/[-_\s]/g, '');

/** The known field of typeName closest to a misspelt one, or undefined when nothing is close. */
export function suggestField(typeName: string, unknown: string): string | undefined {
  const fields = fieldsOf(typeName);
  if (!fields || unknown.length > 200) return undefined;
  const names = [...fields.keys()];
  // Case and separators first: `ImagePullPolicy`, `image_pull_policy`.
  const wanted = normalise(unknown);
  const same = names.find((n) => normalise(n) === wanted);
  if (same) return same;
  const limit = wanted.length <= 4 ? 1 : wanted.length <= 10 ? 2 : 3;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of names) {
    if (Math.abs(name.length - wanted.length) > limit) continue;
    const d = editDistance(wanted, name.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** A type name without its API group/version prefix: V1Container → Container. */
export function shortTypeName(ref: string): string {
  return ref.replace(/^(?:[A-Z][a-z]*)?V\d+(?:(?:alpha|beta)\d+)?(?=[A-Z])/, '');
}

/** Readable type for wrong-type messages: 'string', 'integer', 'array of Container', 'object'. */
export function describeType(t: FieldType): string {
  switch (t.kind) {
    case 'object':
      return 'object';
    case 'array':
      return `array of ${describeElement(t.of)}`;
    case 'map':
      return `map of ${describeElement(t.of)}`;
    case 'int-or-string':
      return 'integer or string';
    case 'any':
      return 'any value';
    default:
      return t.kind;
  }
}

function describeElement(t: FieldType): string {
  return t.kind === 'object' ? shortTypeName(t.ref) : describeType(t);
}
