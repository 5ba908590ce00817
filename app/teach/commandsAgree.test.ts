// The review report and the inspector's lessons show a fact with the same command line: both
// take it from src/teach/probes.ts, and this pins that neither grows its own copy again.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze';
import { buildGraph } from '../../src/graph/build';
import { verifyCommands, type CommandTopic } from '../../src/teach/commands';
import { resolveTarget } from '../state/target';
import type { Selection } from '../state/types';
import { lessonFor } from './explain';

// Two running containers, one TCP port, one shared volume and a shared PID namespace: every
// kind of report command has a lesson that shows the same fact.
const text = `apiVersion: v1
kind: Pod
metadata: { name: pod-demo, namespace: shop }
spec:
  shareProcessNamespace: true
  initContainers:
    - { name: migrate, image: flyway/flyway:10 }
  containers:
    - name: app
      image: nginx:1.27
      ports: [{ containerPort: 8080 }]
      volumeMounts: [{ name: shared-data, mountPath: /data }]
    - name: shipper
      image: busybox:1.36
      volumeMounts: [{ name: shared-data, mountPath: /logs }]
  volumes:
    - { name: shared-data, emptyDir: {} }
`;
const result = analyze(text);
const graph = buildGraph(result, 0);

function lessonCommands(selection: Selection): string[] {
  const w = result.workloads[0];
  const target = resolveTarget(result, graph, selection);
  if (!w || !target) throw new Error('no target');
  return lessonFor(w, graph, target, 'en')?.commands.map((c) => c.command) ?? [];
}

const LESSON: Record<CommandTopic, (container: string | undefined) => Selection> = {
  uts: () => ({ kind: 'node', id: 'namespace:uts' }),
  ipc: () => ({ kind: 'node', id: 'namespace:ipc' }),
  network: () => ({ kind: 'node', id: 'namespace:network' }),
  pid: () => ({ kind: 'node', id: 'namespace:pid' }),
  volume: () => ({ kind: 'node', id: 'volume:shared-data' }),
  debug: (c) => ({ kind: 'node', id: `container:${c ?? ''}` }),
};

describe('the report and the lessons', () => {
  const report = verifyCommands(result, 0);

  it('cover every kind of command in this pod', () => {
    expect(new Set(report.map((c) => c.topic))).toEqual(
      new Set(['uts', 'ipc', 'network', 'pid', 'volume', 'debug']),
    );
  });

  // A lesson may run a command in fewer containers than the report (ipcs -s in one): the line
  // must be the same up to the container it names.
  const anyContainer = (line: string) => line.replace(/(-c |--target=)\S+/, '$1…');

  it.each(report.map((c) => [c.id, c] as const))('show %s with the same line', (_, c) => {
    const lesson = lessonCommands(LESSON[c.topic](c.container)).map(anyContainer);
    expect(lesson).toContain(anyContainer(c.command));
  });

  it('run the probe in the container the report names, where the lesson is about it', () => {
    const hostnames = report.filter((c) => c.topic === 'uts').map((c) => c.command);
    expect(lessonCommands(LESSON.uts(undefined))).toEqual(hostnames);
  });
});

describe('the lessons on a hostNetwork pod', () => {
  it('show the node’s addresses from a debug container, not with hostname -i', () => {
    const host = analyze(`apiVersion: v1
kind: Pod
metadata: { name: agent }
spec:
  hostNetwork: true
  containers: [{ name: exporter, image: prom/node-exporter:v1.8.2 }]
`);
    const g = buildGraph(host, 0);
    const w = host.workloads[0];
    const target = resolveTarget(host, g, { kind: 'node', id: 'namespace:network' });
    if (!w || !target) throw new Error('no target');
    const lines = lessonFor(w, g, target, 'en')?.commands.map((c) => c.command) ?? [];
    // The pod's /etc/hosts is the node's: the node name may not resolve to its address there.
    expect(lines).toContain(
      'kubectl debug -it agent --image=busybox:1.36 --target=exporter -- ip -4 addr',
    );
    expect(lines.some((l) => l.includes('hostname -i'))).toBe(false);
  });
});
