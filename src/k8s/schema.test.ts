import { describe, expect, it } from 'vitest';
import {
  buildSchemaTable,
  encodeType,
  loadModels,
  QUANTITY_FIELDS,
  schemaSource,
} from '../../scripts/generate-schema';
import {
  describeType,
  type FieldType,
  fieldsOf,
  fieldType,
  ROOT_TYPE_BY_KIND,
  SCHEMA_SOURCE,
  shortTypeName,
  suggestField,
} from './schema';
import { SCHEMA_TABLE } from './schema.generated';

function typeOf(typeName: string, field: string): FieldType {
  const t = fieldType(typeName, field);
  if (!t) throw new Error(`${typeName} has no field ${field}`);
  return t;
}

describe('schema.generated.ts', () => {
  it('is up to date with the installed @kubernetes/client-node', async () => {
    const table = buildSchemaTable(await loadModels());
    expect(SCHEMA_TABLE).toEqual(table);
    expect(SCHEMA_SOURCE).toBe(schemaSource());
    expect(SCHEMA_SOURCE).toMatch(
      /^Kubernetes release-1\.\d+ \(@kubernetes\/client-node \d+\.\d+\.\d+\)$/,
    );
  });

  it('refers only to types it defines', () => {
    for (const [name, fields] of Object.entries(SCHEMA_TABLE)) {
      for (const code of Object.values(fields)) {
        const base = code.replace(/[{}]|\[\]/g, '');
        if (/^[A-Z]/.test(base)) expect(SCHEMA_TABLE, `${name} → ${base}`).toHaveProperty(base);
      }
    }
  });
});

describe('fieldType', () => {
  it('knows container fields by their JSON names', () => {
    expect(fieldType('V1Container', 'volumeMounts')).toEqual({
      kind: 'array',
      of: { kind: 'object', ref: 'V1VolumeMount' },
    });
    expect(fieldType('V1Container', 'image')).toEqual({ kind: 'string' });
    expect(fieldType('V1Container', 'command')).toEqual({ kind: 'array', of: { kind: 'string' } });
    expect(fieldType('V1Container', 'stdin')).toEqual({ kind: 'boolean' });
    expect(fieldType('V1ContainerPort', 'containerPort')).toEqual({ kind: 'integer' });
    expect(fieldType('V1HTTPGetAction', 'port')).toEqual({ kind: 'int-or-string' });
    expect(fieldType('V1ObjectMeta', 'creationTimestamp')).toEqual({ kind: 'date-time' });
    expect(fieldType('V1ObjectMeta', 'labels')).toEqual({ kind: 'map', of: { kind: 'string' } });
    expect(fieldType('V1ManagedFieldsEntry', 'fieldsV1')).toEqual({ kind: 'any' });
    expect(fieldType('V1Container', 'volumeMount')).toBeUndefined();
    expect(fieldType('NoSuchType', 'name')).toBeUndefined();
  });

  it('types resource quantities as quantities, not strings', () => {
    const quantityMap = { kind: 'map', of: { kind: 'quantity' } };
    expect(fieldType('V1ResourceRequirements', 'limits')).toEqual(quantityMap);
    expect(fieldType('V1ResourceRequirements', 'requests')).toEqual(quantityMap);
    expect(fieldType('V1PodSpec', 'overhead')).toEqual(quantityMap);
    expect(fieldType('V1VolumeResourceRequirements', 'requests')).toEqual(quantityMap);
    expect(fieldType('V1EmptyDirVolumeSource', 'sizeLimit')).toEqual({ kind: 'quantity' });
    expect(fieldType('V1ResourceFieldSelector', 'divisor')).toEqual({ kind: 'quantity' });
    expect(QUANTITY_FIELDS.length).toBeGreaterThanOrEqual(12);
  });

  it('has every volume source on V1Volume', () => {
    const sources = [
      'emptyDir',
      'configMap',
      'secret',
      'persistentVolumeClaim',
      'hostPath',
      'projected',
      'downwardAPI',
      'ephemeral',
      'csi',
      'image',
      'nfs',
      'iscsi',
      'fc',
      'awsElasticBlockStore',
      'gcePersistentDisk',
      'azureDisk',
      'azureFile',
      'cephfs',
      'rbd',
      'cinder',
      'flexVolume',
      'gitRepo',
      'glusterfs',
      'portworxVolume',
      'photonPersistentDisk',
      'quobyte',
      'scaleIO',
      'storageos',
      'vsphereVolume',
      'flocker',
    ];
    const volume = fieldsOf('V1Volume');
    for (const s of sources) expect(volume?.get(s), s).toMatchObject({ kind: 'object' });
    expect(fieldType('V1Volume', 'name')).toEqual({ kind: 'string' });
  });

  it('reaches the pod spec from every workload kind', () => {
    const podSpecPath: Record<string, string[]> = {
      Pod: ['spec'],
      PodTemplate: ['template', 'spec'],
      Deployment: ['spec', 'template', 'spec'],
      ReplicaSet: ['spec', 'template', 'spec'],
      StatefulSet: ['spec', 'template', 'spec'],
      DaemonSet: ['spec', 'template', 'spec'],
      Job: ['spec', 'template', 'spec'],
      ReplicationController: ['spec', 'template', 'spec'],
      CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
    };
    for (const [kind, path] of Object.entries(podSpecPath)) {
      let type = ROOT_TYPE_BY_KIND[kind];
      for (const field of path) {
        const t = fieldType(type, field);
        expect(t?.kind, `${kind}.${field}`).toBe('object');
        type = t?.kind === 'object' ? t.ref : '';
      }
      expect(type, kind).toBe('V1PodSpec');
    }
    expect(ROOT_TYPE_BY_KIND.PodTemplateSpec).toBe('V1PodTemplateSpec');
    expect(fieldType('V1StatefulSetSpec', 'volumeClaimTemplates')).toEqual({
      kind: 'array',
      of: { kind: 'object', ref: 'V1PersistentVolumeClaim' },
    });
    expect(fieldsOf('V1PodStatus')?.has('qosClass')).toBe(true);
  });
});

describe('suggestField', () => {
  it.each([
    ['V1Container', 'imagePullPolice', 'imagePullPolicy'],
    ['V1Container', 'volumeMount', 'volumeMounts'],
    ['V1Container', 'ImagePullPolicy', 'imagePullPolicy'],
    ['V1Container', 'image_pull_policy', 'imagePullPolicy'],
    ['V1Container', 'imgae', 'image'],
    ['V1Container', 'enviroment', undefined],
    ['V1Container', 'env', 'env'],
    ['V1Container', 'livenesProbe', 'livenessProbe'],
    ['V1PodSpec', 'initContainer', 'initContainers'],
    ['V1PodSpec', 'hostNetworking', 'hostNetwork'],
    ['V1PodSpec', 'restartpolicy', 'restartPolicy'],
    ['V1ContainerPort', 'port', undefined],
    ['V1ContainerPort', 'containerport', 'containerPort'],
    ['V1Container', 'zzzzzz', undefined],
    ['NoSuchType', 'name', undefined],
  ])('%s.%s → %s', (type, field, expected) => {
    expect(suggestField(type, field)).toBe(expected);
  });
});

describe('describeType', () => {
  it('reads like a message', () => {
    expect(describeType({ kind: 'string' })).toBe('string');
    expect(describeType({ kind: 'integer' })).toBe('integer');
    expect(describeType({ kind: 'object', ref: 'V1PodSpec' })).toBe('object');
    expect(describeType(typeOf('V1PodSpec', 'containers'))).toBe('array of Container');
    expect(describeType(typeOf('V1ResourceRequirements', 'claims'))).toBe('array of ResourceClaim');
    expect(describeType(typeOf('V1ResourceRequirements', 'limits'))).toBe('map of quantity');
    expect(describeType(typeOf('V1Container', 'args'))).toBe('array of string');
    expect(describeType({ kind: 'int-or-string' })).toBe('integer or string');
    expect(describeType({ kind: 'array', of: { kind: 'array', of: { kind: 'boolean' } } })).toBe(
      'array of array of boolean',
    );
  });

  it('shortens type names', () => {
    expect(shortTypeName('V1Container')).toBe('Container');
    expect(shortTypeName('CoreV1ResourceClaim')).toBe('ResourceClaim');
    expect(shortTypeName('V1beta2DeviceCapacity')).toBe('DeviceCapacity');
    expect(shortTypeName('Plain')).toBe('Plain');
  });
});

describe('the generator transform', () => {
  it('encodes client-node type strings', () => {
    expect(encodeType('string', '')).toBe('s');
    expect(encodeType('string', '', true)).toBe('q');
    expect(encodeType('number', 'int32')).toBe('i');
    expect(encodeType('number', 'int64')).toBe('i');
    expect(encodeType('number', 'double')).toBe('n');
    expect(encodeType('Date', 'date-time')).toBe('d');
    expect(encodeType('IntOrString', 'int-or-string')).toBe('is');
    expect(encodeType('Array<number>', 'int64')).toBe('i[]');
    expect(encodeType('{ [key: string]: string; }', '', true)).toBe('{q}');
    expect(encodeType('{ [key: string]: Array<string>; }', '')).toBe('{s[]}');
    expect(encodeType('Array<V1Container>', '')).toBe('V1Container[]');
  });

  it('keeps only what the roots reach and fails loudly on gaps', () => {
    const attr = (baseName: string, type: string) => ({
      name: baseName,
      baseName,
      type,
      format: '',
    });
    const models = {
      A: { attributeTypeMap: [attr('b', 'Array<B>'), attr('n', 'string')] },
      B: { attributeTypeMap: [attr('x', 'boolean')] },
      Unreached: { attributeTypeMap: [attr('y', 'string')] },
    };
    expect(buildSchemaTable(models, ['A'], [])).toEqual({ A: { b: 'B[]', n: 's' }, B: { x: 'b' } });
    expect(buildSchemaTable(models, ['A'], ['A.n'])).toEqual({
      A: { b: 'B[]', n: 'q' },
      B: { x: 'b' },
    });
    expect(() => buildSchemaTable(models, ['A'])).toThrow(/quantity fields not found/);
    expect(() => buildSchemaTable(models, ['A'], ['B.x'])).toThrow(
      /listed as a quantity but has type boolean/,
    );
    expect(() => buildSchemaTable(models, ['Missing'], [])).toThrow(/no model class Missing/);
    const dangling = { A: { attributeTypeMap: [attr('c', 'V1Gone')] } };
    expect(() => buildSchemaTable(dangling, ['A'], [])).toThrow(/A.c: unknown type V1Gone/);
  });
});
