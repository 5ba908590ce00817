// Writes src/k8s/schema.generated.ts: the field table of every type reachable from the workload
// kinds, read from the model metadata that @kubernetes/client-node ships (its attributeTypeMap).
// Run: npx tsx scripts/generate-schema.ts   (or: npm run schema)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export interface Attribute {
  name: string;
  baseName: string;
  type: string;
  format: string;
}

/** What the generator needs of a model class. */
export interface ModelClass {
  attributeTypeMap: readonly Attribute[];
}

export type SchemaTable = Record<string, Record<string, string>>;

export const SCHEMA_ROOTS = [
  'V1Pod',
  'V1PodTemplate',
  'V1Deployment',
  'V1ReplicaSet',
  'V1StatefulSet',
  'V1DaemonSet',
  'V1Job',
  'V1CronJob',
  'V1ReplicationController',
] as const;

// client-node types resource.Quantity as a plain string, so the OpenAPI spec's Quantity fields
// are listed here (core/v1 types.go: ResourceList maps, sizeLimit, divisor). Every entry must
// exist in the metadata with a string type, or generation fails.
export const QUANTITY_FIELDS: readonly string[] = [
  'V1ContainerStatus.allocatedResources',
  'V1EmptyDirVolumeSource.sizeLimit',
  'V1NodeAllocatableResourceClaimStatus.resources',
  'V1PersistentVolumeClaimStatus.allocatedResources',
  'V1PersistentVolumeClaimStatus.capacity',
  'V1PodSpec.overhead',
  'V1PodStatus.allocatedResources',
  'V1ResourceFieldSelector.divisor',
  'V1ResourceRequirements.limits',
  'V1ResourceRequirements.requests',
  'V1VolumeResourceRequirements.limits',
  'V1VolumeResourceRequirements.requests',
];

const ARRAY = /^Array<(.+)>$/;
const MAP = /^\{ \[key: string\]: (.+); \}$/;

/** The table code of a client-node type: s i n b is q d a, `X[]` arrays, `{X}` maps, type names. */
export function encodeType(type: string, format: string, quantity = false): string {
  const array = ARRAY.exec(type);
  if (array) return `${encodeType(array[1], format, quantity)}[]`;
  const map = MAP.exec(type);
  if (map) return `{${encodeType(map[1], format, quantity)}}`;
  switch (type) {
    case 'string':
      return quantity ? 'q' : 's';
    case 'number':
      return format === 'int32' || format === 'int64' ? 'i' : 'n';
    case 'boolean':
      return 'b';
    case 'Date':
      return 'd';
    case 'IntOrString':
      return 'is';
    case 'any':
      return 'a';
    default:
      return type;
  }
}

function referencedTypes(type: string): string[] {
  const inner = ARRAY.exec(type) ?? MAP.exec(type);
  return inner ? referencedTypes(inner[1]) : [type];
}

/** The schema table of every model reachable from the roots, types and fields in a stable order. */
export function buildSchemaTable(
  models: Readonly<Record<string, unknown>>,
  roots: readonly string[] = SCHEMA_ROOTS,
  quantities: readonly string[] = QUANTITY_FIELDS,
): SchemaTable {
  const modelOf = (name: string): ModelClass | undefined => {
    const m = models[name] as Partial<ModelClass> | undefined;
    return m && Array.isArray(m.attributeTypeMap) ? (m as ModelClass) : undefined;
  };
  const quantityFields = new Set(quantities);
  const seen = new Set<string>();
  const queue = [...roots];
  while (queue.length > 0) {
    const name = queue.pop() as string;
    if (seen.has(name)) continue;
    const model = modelOf(name);
    if (!model) throw new Error(`no model class ${name} in @kubernetes/client-node`);
    seen.add(name);
    for (const a of model.attributeTypeMap)
      queue.push(...referencedTypes(a.type).filter((t) => modelOf(t)));
  }
  const table: SchemaTable = {};
  for (const name of [...seen].sort()) {
    const fields: Record<string, string> = {};
    for (const a of (modelOf(name) as ModelClass).attributeTypeMap) {
      const key = `${name}.${a.baseName}`;
      const quantity = quantityFields.delete(key);
      if (quantity && !/^(string|\{ \[key: string\]: string; \})$/.test(a.type)) {
        throw new Error(`${key} is listed as a quantity but has type ${a.type}`);
      }
      fields[a.baseName] = encodeType(a.type, a.format, quantity);
    }
    table[name] = fields;
  }
  if (quantityFields.size > 0)
    throw new Error(`quantity fields not found: ${[...quantityFields].join(', ')}`);
  for (const [name, fields] of Object.entries(table)) {
    for (const [field, code] of Object.entries(fields)) {
      const base = code.replace(/[{}]|\[\]/g, '');
      if (/^[A-Z]/.test(base) && !table[base])
        throw new Error(`${name}.${field}: unknown type ${base}`);
    }
  }
  return table;
}

const require = createRequire(import.meta.url);

function clientNodeDir(): string {
  return dirname(require.resolve('@kubernetes/client-node/package.json'));
}

/** Loads every model class of the installed @kubernetes/client-node. */
export async function loadModels(): Promise<Record<string, unknown>> {
  const entry = join(clientNodeDir(), 'dist/gen/models/all.js');
  return (await import(pathToFileURL(entry).href)) as Record<string, unknown>;
}

/** "Kubernetes release-1.36 (@kubernetes/client-node 2.0.1)", from the installed package. */
export function schemaSource(): string {
  const dir = clientNodeDir();
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string };
  const header = readFileSync(join(dir, 'dist/gen/models/V1Pod.js'), 'utf8');
  const spec = /OpenAPI spec version: (\S+)/.exec(header)?.[1];
  if (!spec) throw new Error('no "OpenAPI spec version" in the client-node model header');
  return `Kubernetes ${spec} (@kubernetes/client-node ${pkg.version})`;
}

/** The TypeScript source of schema.generated.ts. */
export function renderModule(table: SchemaTable, source: string): string {
  const types = Object.entries(table).map(([name, fields]) => {
    const body = Object.entries(fields)
      .map(([field, code]) => `${JSON.stringify(field)}: ${JSON.stringify(code)}`)
      .join(', ');
    return `  ${name}: { ${body} },`;
  });
  return [
    '// Generated by scripts/generate-schema.ts from the model metadata of @kubernetes/client-node.',
    '// Do not edit: run `npm run schema`. Codes: s string, i integer, n number, b boolean,',
    '// is int-or-string, q quantity, d date-time, a any; `X[]` array of X, `{X}` map of X.',
    '',
    `export const SCHEMA_SOURCE = ${JSON.stringify(source)};`,
    '',
    'export const SCHEMA_TABLE: Readonly<Record<string, Readonly<Record<string, string>>>> = {',
    ...types,
    '};',
    '',
  ].join('\n');
}

async function main(): Promise<void> {
  const table = buildSchemaTable(await loadModels());
  let text = renderModule(table, schemaSource());
  const out = resolve(dirname(fileURLToPath(import.meta.url)), '../src/k8s/schema.generated.ts');
  try {
    const prettier = await import('prettier');
    const options = (await prettier.resolveConfig(out)) ?? {};
    text = await prettier.format(text, { ...options, filepath: out });
  } catch (error) {
    console.warn(`prettier not applied: ${String(error)}`);
  }
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${Object.keys(table).length} types`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
