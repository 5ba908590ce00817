import { describe, expect, it } from 'vitest';
import type { Finding } from '../types';
import { buildGraph } from './build';
import { analysisOf, finding, podModel, type PodSpec } from './testModel';
import { nodesTouchedBy } from './touched';

// A pod with a bit of everything: duplicate names, a shared and a hostPath volume, two ports.
const POD: PodSpec = {
  containers: [
    { name: 'web', ports: [8080], mounts: { data: '/data', logs: '/var/log' } },
    { name: 'tool', ports: ['53/UDP'], mounts: { data: '/data' } },
    { name: 'tool' },
  ],
  volumes: { data: { emptyDir: {} }, logs: { hostPath: { path: '/var/log' } } },
};
const HOST_NETWORK: PodSpec = { ...POD, hostNetwork: true, shareProcessNamespace: true };

const touched = (spec: PodSpec, about: Partial<Finding>): string[] =>
  nodesTouchedBy(finding('some-rule', 'warning', about), buildGraph(analysisOf(podModel(spec)), 0));

describe('nodesTouchedBy', () => {
  it.each<[string, PodSpec, Partial<Finding>, string[]]>([
    ['the containers it names', POD, { containers: ['web'] }, ['container:web']],
    [
      'every container of a duplicated name',
      POD,
      { containers: ['tool'] },
      ['container:tool', 'container:tool#2'],
    ],
    ['the volumes it names', POD, { volumes: ['data'] }, ['volume:data']],
    [
      'the namespace hubs it names, pod-scoped: not the node',
      { ...POD, shareProcessNamespace: true },
      { namespaces: ['pid'] },
      ['namespace:pid'],
    ],
    [
      'the node, for a host namespace it names',
      HOST_NETWORK,
      { namespaces: ['network'] },
      ['namespace:network', 'host'],
    ],
    [
      'the node, for a hostPath volume it names',
      POD,
      { volumes: ['logs'], containers: ['web'] },
      ['container:web', 'volume:logs', 'host'],
    ],
    [
      'a port chip’s container and the network hub it sits on',
      POD,
      { ports: ['tool:53/UDP'] },
      ['container:tool', 'container:tool#2', 'namespace:network'],
    ],
    [
      'for a port alone, not the node, even on hostNetwork',
      HOST_NETWORK,
      { ports: ['web:8080/TCP'] },
      ['container:web', 'namespace:network'],
    ],
    [
      'the network hub for a chip whose container is not drawn',
      POD,
      { ports: ['gone:9090/TCP'] },
      ['namespace:network'],
    ],
    [
      'by its path, the container it lies in, when it names nothing',
      POD,
      { path: 'spec.containers[0].imagePullPolicy' },
      ['container:web'],
    ],
    [
      'by its path, the volume it lies in',
      POD,
      { path: 'spec.volumes[0].emptyDir.sizeLimit' },
      ['volume:data'],
    ],
    [
      'by its path, a document-level finding (no workload) too',
      POD,
      { workload: undefined, path: 'spec.containers[2].imagePullPolic' },
      ['container:tool#2'],
    ],
    ['the pod, when its path is the pod’s own', POD, { path: 'spec.restartPolicy' }, ['pod']],
    [
      'by its path, when nothing it names is drawn',
      POD,
      { namespaces: ['pid'], path: 'spec.containers[1].name' },
      ['container:tool'],
    ],
    ['nothing, for a finding of another document', POD, { document: 3, containers: ['web'] }, []],
  ])('%s', (_, spec, about, expected) => {
    expect(touched(spec, about)).toEqual(expected);
  });

  it('answers in graph order, whatever order the finding names things in', () => {
    expect(touched(POD, { volumes: ['data'], containers: ['tool', 'web'] })).toEqual([
      'container:web',
      'container:tool',
      'container:tool#2',
      'volume:data',
    ]);
  });
});
