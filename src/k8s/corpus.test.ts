// The Kubernetes facts against real manifests: what the API server accepts must pass here.
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { corpusFile, corpusFilesIfPresent, NEEDS_CORPUS } from '../testing/corpus';
import { validateDns1123Label, validateIanaSvcName } from './names';
import { podQosClass } from './qos';
import { formatQuantity, parseQuantity } from './quantity';
import { effectivePodResources, type ResourceContainer } from './resources';
import { fieldType, ROOT_TYPE_BY_KIND, type FieldType } from './schema';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : []);
const map = (v: unknown): Obj => (isObj(v) ? v : {});

function documents(text: string): Obj[] {
  return parseAllDocuments(text)
    .map((d) => d.toJS() as unknown)
    .filter(isObj);
}

const POD_SPEC_PATHS: Record<string, string[]> = {
  Pod: ['spec'],
  PodTemplate: ['template', 'spec'],
  CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};

function podSpec(doc: Obj): Obj | undefined {
  const kind = String(doc.kind);
  if (!ROOT_TYPE_BY_KIND[kind]) return undefined;
  let node: unknown = doc;
  for (const key of POD_SPEC_PATHS[kind] ?? ['spec', 'template', 'spec']) node = map(node)[key];
  return isObj(node) ? node : undefined;
}

function containersOf(spec: Obj): (ResourceContainer & { raw: Obj })[] {
  const withRole = (raw: Obj, role: ResourceContainer['role']) => ({
    role,
    raw,
    requests: map(map(raw.resources).requests),
    limits: map(map(raw.resources).limits),
  });
  return [
    ...list(spec.initContainers).map((c) =>
      withRole(c, c.restartPolicy === 'Always' ? 'sidecar' : 'init'),
    ),
    ...list(spec.containers).map((c) => withRole(c, 'app')),
    ...list(spec.ephemeralContainers).map((c) => withRole(c, 'ephemeral')),
  ];
}

const workloads = corpusFilesIfPresent().flatMap(([file, text]) =>
  documents(text).flatMap((doc) => {
    const spec = podSpec(doc);
    return spec ? [{ file, doc, spec }] : [];
  }),
);

// Fields the schema does not know, walking a document like strict decoding does.
function unknownFields(value: unknown, type: FieldType, path: string): string[] {
  if (type.kind === 'object' && isObj(value)) {
    return Object.entries(value).flatMap(([key, v]) => {
      const t = fieldType(type.ref, key);
      return t ? unknownFields(v, t, `${path}.${key}`) : [`${path}.${key}`];
    });
  }
  if (type.kind === 'array' && Array.isArray(value)) {
    return value.flatMap((v, i) => unknownFields(v, type.of, `${path}[${i}]`));
  }
  if (type.kind === 'map' && isObj(value)) {
    return Object.entries(value).flatMap(([k, v]) => unknownFields(v, type.of, `${path}[${k}]`));
  }
  return [];
}

describe('the public corpus', NEEDS_CORPUS, () => {
  it('holds workloads of several kinds', () => {
    const kinds = new Set(workloads.map((w) => w.doc.kind));
    expect(kinds).toEqual(
      new Set(['Pod', 'Deployment', 'StatefulSet', 'DaemonSet', 'Job', 'CronJob']),
    );
  });

  it('uses only fields the schema knows', () => {
    for (const { file, doc } of workloads) {
      const root = ROOT_TYPE_BY_KIND[String(doc.kind)];
      expect(unknownFields(doc, { kind: 'object', ref: root }, String(doc.kind)), file).toEqual([]);
    }
  });

  it('has only valid quantities, and each one formats back to the same value', () => {
    let count = 0;
    for (const { file, spec } of workloads) {
      const quantities = containersOf(spec).flatMap((c) => [
        ...Object.entries(c.requests),
        ...Object.entries(c.limits),
      ]);
      for (const v of list(spec.volumes)) {
        const sizeLimit = map(v.emptyDir).sizeLimit;
        if (sizeLimit !== undefined) quantities.push(['ephemeral-storage', sizeLimit]);
      }
      for (const [resource, raw] of quantities) {
        const parsed = parseQuantity(raw);
        expect(parsed.ok, `${file}: ${resource}=${String(raw)}`).toBe(true);
        if (parsed.ok)
          expect(parseQuantity(formatQuantity(parsed.value, resource))).toEqual(parsed);
        count++;
      }
    }
    expect(count).toBeGreaterThan(30);
  });

  it('names every container, volume and port validly', () => {
    // The Cloud SQL example keeps "<YOUR-APPLICATION-NAME>" placeholders for the reader to fill in.
    const placeholder = (name: unknown) => /^<.*>$/.test(String(name));
    expect(validateDns1123Label('<YOUR-APPLICATION-NAME>')).toHaveLength(1);
    for (const { file, spec } of workloads) {
      for (const c of containersOf(spec)) {
        if (!placeholder(c.raw.name))
          expect(validateDns1123Label(String(c.raw.name)), file).toEqual([]);
        for (const p of list(c.raw.ports)) {
          if (typeof p.name === 'string')
            expect(validateIanaSvcName(p.name), `${file} ${p.name}`).toEqual([]);
        }
      }
      for (const v of list(spec.volumes))
        expect(validateDns1123Label(String(v.name)), file).toEqual([]);
    }
  });
});

describe('QoS and effective resources of the docs examples', NEEDS_CORPUS, () => {
  const spec = (file: string): Obj => {
    const found = documents(corpusFile(file)).map(podSpec).find(Boolean);
    if (!found) throw new Error(`no pod spec in ${file}`);
    return found;
  };

  it.each([
    ['k8s-qos-pod.yaml', 'Guaranteed'],
    ['k8s-qos-pod-2.yaml', 'Burstable'],
    ['k8s-qos-pod-3.yaml', 'BestEffort'],
    ['k8s-qos-pod-4.yaml', 'Burstable'],
  ])('%s is %s', (file, qos) => {
    expect(podQosClass(containersOf(spec(file)).filter((c) => c.role !== 'ephemeral'))).toBe(qos);
  });

  it('pods/multi-container/resources.yaml: 350m CPU and 192Mi requested, memory capped at 192Mi', () => {
    const result = effectivePodResources(containersOf(spec('k8s-multi-container-resources.yaml')));
    expect(formatQuantity(result.requests.cpu, 'cpu')).toBe('350m');
    expect(formatQuantity(result.requests.memory, 'memory')).toBe('192Mi');
    expect(Object.keys(result.limits)).toEqual(['memory']);
    expect(formatQuantity(result.limits.memory, 'memory')).toBe('192Mi');
    expect(result.unboundedLimits).toEqual(['cpu']);
  });
});
