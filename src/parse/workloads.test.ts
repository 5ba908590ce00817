import { describe, expect, it } from 'vitest';
import { formatPath } from './path';
import { findWorkloads } from './workloads';

const specPaths = (value: unknown): string[] =>
  findWorkloads(value, 0).map((w) => formatPath(w.podSpecPath));

describe('findWorkloads', () => {
  it('knows where each built-in kind keeps its pod spec', () => {
    expect(specPaths({ kind: 'Pod', spec: {} })).toEqual(['spec']);
    for (const kind of [
      'Deployment',
      'ReplicaSet',
      'StatefulSet',
      'DaemonSet',
      'Job',
      'ReplicationController',
    ]) {
      expect(specPaths({ kind, spec: {} })).toEqual(['spec.template.spec']);
    }
    expect(specPaths({ kind: 'CronJob' })).toEqual(['spec.jobTemplate.spec.template.spec']);
    expect(specPaths({ kind: 'PodTemplate' })).toEqual(['template.spec']);
  });

  it('lists kind: List items with their own paths', () => {
    const list = {
      kind: 'List',
      items: [{ kind: 'Service' }, { kind: 'Pod', metadata: { name: 'p' } }],
    };
    const [w] = findWorkloads(list, 3);
    expect(w).toMatchObject({ document: 3, kind: 'Pod', name: 'p' });
    expect(formatPath(w.podSpecPath)).toBe('items[1].spec');
  });

  it('finds pod templates embedded in custom resources', () => {
    const ray = {
      kind: 'RayCluster',
      metadata: { name: 'rc' },
      spec: {
        headGroupSpec: { template: { spec: { containers: [] } } },
        workerGroupSpecs: [{ template: { spec: { containers: [] } } }],
      },
    };
    expect(specPaths(ray)).toEqual([
      'spec.headGroupSpec.template.spec',
      'spec.workerGroupSpecs[0].template.spec',
    ]);
    expect(findWorkloads(ray, 0)[1].templateLabel).toBe('spec.workerGroupSpecs[0].template');
  });

  it('does not treat plain kinds or scalars as workloads', () => {
    expect(specPaths({ kind: 'ConfigMap', data: { spec: { containers: [] } } })).toEqual([]);
    expect(specPaths('text')).toEqual([]);
    expect(specPaths(null)).toEqual([]);
  });
});
