import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { dotString, toDot } from './dot';
import { mermaidText, toMermaid } from './mermaid';
import { analysisOf, finding, podModel } from './testModel';
import type { PodGraph } from './types';

function demo(): PodGraph {
  const model = podModel({
    name: 'demo',
    hostNetwork: true,
    initContainers: [{ name: 'setup' }],
    containers: [
      { name: 'web', ports: [8080], mounts: { 'shared-data': '/data' } },
      {
        name: 'tail',
        ports: [8080],
        mounts: { 'shared-data': ['/logs', true], config: '/etc/app' },
      },
    ],
    volumes: { 'shared-data': { emptyDir: {} }, config: { configMap: { name: 'app-config' } } },
  });
  const findings = [
    finding('port-clash', 'warning', {
      containers: ['web', 'tail'],
      ports: ['web:8080/TCP', 'tail:8080/TCP'],
    }),
  ];
  return buildGraph(
    analysisOf(model, findings, [{ kind: 'ConfigMap', name: 'app-config', document: 1 }]),
    0,
  );
}

function hostile(): PodGraph {
  const name = 'evil"] --> x[<b>boom</b> & #35; `md`\n\\N';
  return buildGraph(
    analysisOf(
      podModel({ name, containers: [{ name, mounts: { v: '/a"b' } }], volumes: { v: {} } }),
    ),
    0,
  );
}

/** Inverse of mermaidText for one quoted label, to check that nothing is lost. */
function mermaidDecode(text: string): string {
  return text.replace(/#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}

describe('toMermaid', () => {
  const text = toMermaid(demo());
  const lines = text.trimEnd().split('\n');

  it('is a top-down flowchart with the pod as a subgraph holding hubs and containers', () => {
    expect(lines[0]).toBe('flowchart TB');
    const start = lines.findIndex((l) => l.startsWith('  subgraph n0["Pod demo'));
    const end = lines.indexOf('  end');
    expect(start).toBe(1);
    const inside = lines.slice(start + 1, end).join('\n');
    for (const s of [
      '1. setup (init)',
      'web (app)',
      'tail (app)',
      'network namespace',
      'ipc namespace',
    ])
      expect(inside).toContain(s);
    const outside = lines.slice(end + 1).join('\n');
    expect(outside).toMatch(/n\d+\[\("shared-data<br\/>emptyDir<br\/>shared by 2 containers"\)\]/);
    expect(outside).toContain('{{"node (host)<br/>hostNetwork');
    expect(outside).toContain('[["ConfigMap app-config');
  });

  it('draws one line per edge, mounts labelled with path and mode', () => {
    const graph = demo();
    const edgeLines = lines.filter((l) => /^ {2}n\d+ \S+ /.test(l));
    expect(edgeLines).toHaveLength(graph.edges.length);
    expect(text).toContain('-->|"/logs ro"|');
    expect(text).toContain('-->|"/data rw"|');
    expect(edgeLines.filter((l) => l.includes(' ==> '))).toHaveLength(2);
  });

  it('marks nodes with findings through classes', () => {
    expect(text).toContain('classDef warning');
    expect(lines.find((l) => l.startsWith('  class '))).toMatch(/^ {2}class n\d+(,n\d+)+ warning$/);
  });

  it('escapes quotes, markup, # and backticks so a name cannot break out of its label', () => {
    const out = toMermaid(hostile());
    expect(out).not.toMatch(/<b>|&|`/);
    for (const line of out.split('\n')) expect((line.match(/"/g) ?? []).length % 2).toBe(0);
    expect(mermaidText('a"b<c>&d#e`')).toBe('a#34;b#60;c#62;#38;d#35;e#96;');
    expect(mermaidDecode(mermaidText('#35; stays'))).toBe('#35; stays');
  });
});

describe('toDot', () => {
  const text = toDot(demo());

  it('is a digraph with the pod as cluster_pod holding hubs and containers', () => {
    expect(text.startsWith('digraph podscope {\n')).toBe(true);
    expect(text.trimEnd().endsWith('}')).toBe(true);
    const cluster = text.slice(text.indexOf('subgraph cluster_pod {'), text.indexOf('\n  }\n'));
    expect(cluster).toContain('label="Pod demo\\nQoS BestEffort');
    for (const id of ['container:setup', 'container:web', 'container:tail', 'namespace:network'])
      expect(cluster).toContain(`"${id}" [`);
    expect(cluster).not.toContain('"volume:shared-data" [');
    expect(text).toContain('"volume:shared-data" [label="shared-data\\nemptyDir');
    expect(text).toContain('shape=cylinder');
  });

  it('writes one statement per edge with its id, mounts labelled', () => {
    const graph = demo();
    expect(text.split('\n').filter((l) => l.includes(' -> '))).toHaveLength(graph.edges.length);
    expect(text).toContain(
      '"container:tail" -> "volume:shared-data" [id="mount:tail:shared-data:0", label="/logs ro"];',
    );
    expect(text).toContain(
      '"namespace:network" -> "host" [id="uses-host:namespace:network", style=dashed',
    );
  });

  it('colours nodes with findings', () => {
    expect(text).toMatch(/"container:web" \[[^\n]*color="#d97706", penwidth=2\]/);
  });

  it('escapes quotes, backslashes and line breaks', () => {
    expect(dotString('a"b\\N\nc')).toBe('"a\\"b\\\\N\\nc"');
    for (const line of toDot(hostile()).split('\n')) {
      // Outside escapes, quotes pair up on every line.
      expect((line.replace(/\\\\/g, '').replace(/\\"/g, '').match(/"/g) ?? []).length % 2).toBe(0);
    }
  });
});
