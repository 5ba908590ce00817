import { describe, expect, it } from 'vitest';
import { analyze } from '../analysis/analyze';
import { yaml } from '../testing/manifest';
import { namedPath } from './namedPath';

const model = analyze(
  yaml(
    'apiVersion: v1',
    'kind: List',
    'items:',
    '- apiVersion: v1',
    '  kind: Pod',
    '  metadata: {name: web}',
    '  spec:',
    '    initContainers:',
    '    - {name: migrate, image: flyway:10}',
    '    containers:',
    '    - name: app',
    '      image: nginx:1.27',
    '      ports: [{containerPort: 8080}, {name: dns, containerPort: 53, protocol: UDP}]',
    '      env: [{name: MODE, value: fast}, {name: TOKEN, valueFrom: {secretKeyRef: {name: s, key: k}}}]',
    '      securityContext: {capabilities: {add: [NET_ADMIN, SYS_TIME]}}',
    '      volumeMounts: [{name: data, mountPath: /data}]',
    '    volumes:',
    '    - {name: data, emptyDir: {}}',
  ),
).workloads[0].model;

describe('namedPath', () => {
  it('names containers, ports, mounts, env entries, capabilities and volumes', () => {
    const cases: [string, string][] = [
      ['items[0].spec.containers[0].image', 'items[0].spec.containers[app].image'],
      ['items[0].spec.initContainers[0]', 'items[0].spec.initContainers[migrate]'],
      [
        'items[0].spec.containers[0].ports[1].containerPort',
        'items[0].spec.containers[app].ports[53/UDP].containerPort',
      ],
      [
        'items[0].spec.containers[0].volumeMounts[0].name',
        'items[0].spec.containers[app].volumeMounts[/data].name',
      ],
      ['items[0].spec.containers[0].env[0].value', 'items[0].spec.containers[app].env[MODE].value'],
      [
        'items[0].spec.containers[0].securityContext.capabilities.add[1]',
        'items[0].spec.containers[app].securityContext.capabilities.add[SYS_TIME]',
      ],
      [
        'items[0].spec.containers[0].resources.limits[memory]',
        'items[0].spec.containers[app].resources.limits[memory]',
      ],
      ['items[0].spec.volumes[0].emptyDir', 'items[0].spec.volumes[data].emptyDir'],
    ];
    for (const [path, named] of cases) expect(namedPath(path, model)).toBe(named);
  });

  it('keeps indexes it cannot name, and paths outside the pod', () => {
    // Only literal env values are in the model.
    expect(namedPath('items[0].spec.containers[0].env[1].valueFrom', model)).toBe(
      'items[0].spec.containers[app].env[1].valueFrom',
    );
    expect(namedPath('items[0].spec.containers[5].image', model)).toBe(
      'items[0].spec.containers[5].image',
    );
    expect(namedPath('items[0].metadata.name', model)).toBe('items[0].metadata.name');
    expect(namedPath('spec.containers[0].image', undefined)).toBe('spec.containers[0].image');
  });
});
